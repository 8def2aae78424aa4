#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace anju {

// One member of a zip archive, decompressed as it is read; never held whole in memory.
class ZipEntryDevice : public QIODevice
{
    Q_OBJECT

public:
    ZipEntryDevice(zip_file* file, const QString& name, qint64 size, qint64 limit);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    QString name() const { return m_name; }
    qint64 uncompressedSize() const { return m_size; }
    qint64 bytesDecompressed() const { return m_done; }
    // Set when reading failed inside the archive (corrupt data, over the size limit).
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file* m_file;
    QString m_name;
    qint64 m_size;
    qint64 m_limit;
    qint64 m_done = 0;
    bool m_failed = false;
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
    // Fails when the member is absent, encrypted or unpacks to more than the limit.
    [[nodiscard]] Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString& name) const;

    // A member that unpacks to more than this is refused (a zip bomb); lowered by tests.
    void setMaxEntrySize(qint64 bytes) { m_maxEntrySize = bytes; }

private:
    qint64 locate(const QString& name) const;

    zip* m_zip = nullptr;
    qint64 m_maxEntrySize;
};

} // namespace anju
