#pragma once

#include "domain/Violation.h"
#include "spreadsheet/XmlTokenGuard.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace anju {

// One member of a zip archive, decompressed as it is read; never held whole in memory. Every member an
// .xlsx reader opens is XML, so the bytes pass an XmlTokenGuard on their way out: reading fails before
// the parser could be made to hold gigabytes.
class ZipEntryDevice : public QIODevice
{
    Q_OBJECT

public:
    enum class Failure
    {
        None,
        Damaged,     // libzip could not unpack it
        TooLarge,    // it unpacks to more than its limit
        XmlTooLarge, // a text run or tag over XlsxLimits::MaxXmlToken bytes
        XmlTooDeep,  // elements nested over XlsxLimits::MaxXmlDepth deep
        XmlDoctype,  // a document type declaration
    };

    // `guardXml` false for a pass that reads the bytes itself (XlsxMergeScanner), with limits of its own.
    ZipEntryDevice(zip_file* file, const QString& name, qint64 size, qint64 limit, bool guardXml);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    QString name() const { return m_name; }
    qint64 uncompressedSize() const { return m_size; }
    qint64 bytesDecompressed() const { return m_done; }
    // Set when reading failed inside the archive (corrupt data, over the size limit, XML beyond the
    // guard's limits); errorString() says why in the user's language.
    bool failed() const { return m_failure != Failure::None; }
    Failure failure() const { return m_failure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file* m_file;
    QString m_name;
    qint64 m_size;
    qint64 m_limit;
    qint64 m_done = 0;
    Failure m_failure = Failure::None;
    XmlTokenGuard m_guard;
    bool m_guardXml;
};

// A read-only zip archive (an .xlsx is one), through libzip.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(anju::ZipArchive)

public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Fails with a message in the user's language when the archive is damaged or unreadable.
    [[nodiscard]] Outcome open(const QString& path);
    bool contains(const QString& name) const;
    // Uncompressed size of a member, or -1 when it is absent.
    qint64 entrySize(const QString& name) const;
    // Fails when the member is absent, encrypted or unpacks to more than `limit` (one of XlsxLimits'
    // part sizes, chosen by what the part is) or the archive's ceiling below.
    // The bytes pass an XmlTokenGuard unless `guardXml` is false.
    [[nodiscard]] Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString& name, qint64 limit,
                                                                    bool guardXml = true) const;

    // A ceiling over every part's own limit (a zip bomb); lowered by tests.
    void setMaxEntrySize(qint64 bytes) { m_maxEntrySize = bytes; }

private:
    qint64 locate(const QString& name) const;

    zip* m_zip = nullptr;
    qint64 m_maxEntrySize;
};

} // namespace anju
