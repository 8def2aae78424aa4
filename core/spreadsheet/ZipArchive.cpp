#include "spreadsheet/ZipArchive.h"

#include "spreadsheet/XlsxLimits.h"

#include <QFile>
#include <QLocale>

#include <zip.h>

namespace anju {

namespace {

QString libzipMessage(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipEntryDevice::ZipEntryDevice(zip_file* file, const QString& name, qint64 size, qint64 limit, bool guardXml)
    : m_file(file), m_name(name), m_size(size), m_limit(limit),
      m_guard(XlsxLimits::MaxXmlToken, XlsxLimits::MaxXmlDepth), m_guardXml(guardXml)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntryDevice::~ZipEntryDevice()
{
    zip_fclose(m_file);
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (failed())
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
    if (n < 0) {
        m_failure = Failure::Damaged;
        setErrorString(tr("The part %1 of the workbook is damaged (%2).")
                           .arg(m_name, libzipMessage(zip_file_get_error(m_file))));
        return -1;
    }
    m_done += n;
    // The declared size is checked before opening; this catches an archive that lies about it.
    if (m_done > m_limit) {
        m_failure = Failure::TooLarge;
        setErrorString(tr("The part %1 of the workbook unpacks to more than %2 bytes; the file is "
                          "damaged or built to exhaust memory.")
                           .arg(m_name, QLocale().toString(m_limit)));
        return -1;
    }
    if (!m_guardXml)
        return n;
    switch (m_guard.scan(data, n)) {
    case XmlTokenGuard::Verdict::Fine:
        return n;
    case XmlTokenGuard::Verdict::TokenTooLong:
        m_failure = Failure::XmlTooLarge;
        setErrorString(
            tr("The part %1 of the workbook has more than %2 bytes of text, whitespace or tag in one "
               "piece (from byte %3 on); no cell holds that much. The file is damaged or built to "
               "exhaust memory.")
                .arg(m_name, QLocale().toString(XlsxLimits::MaxXmlToken),
                     QLocale().toString(m_guard.tokenStart())));
        break;
    case XmlTokenGuard::Verdict::TooDeep:
        m_failure = Failure::XmlTooDeep;
        setErrorString(tr("The part %1 of the workbook nests elements more than %2 deep; the file is damaged "
                          "or built to exhaust memory.")
                           .arg(m_name, QString::number(XlsxLimits::MaxXmlDepth)));
        break;
    case XmlTokenGuard::Verdict::Doctype:
        m_failure = Failure::XmlDoctype;
        setErrorString(tr("The part %1 of the workbook has a document type declaration, which no workbook "
                          "has; the file is refused.")
                           .arg(m_name));
        break;
    }
    return -1;
}

ZipArchive::ZipArchive() : m_maxEntrySize(XlsxLimits::MaxSheetPart) {}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Outcome ZipArchive::open(const QString& path)
{
    int code = 0;
    // No ZIP_CHECKCONS: it refuses archives that Excel and WPS open; every member's CRC is still
    // checked as it is read.
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (m_zip)
        return {};
    zip_error_t zipError;
    zip_error_init_with_code(&zipError, code);
    const QString detail = libzipMessage(&zipError);
    zip_error_fini(&zipError);
    switch (code) {
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_NOENT:
        return Outcome::error(tr("Cannot read the file %1 (%2).").arg(path, detail));
    case ZIP_ER_NOZIP: // the directory at the end of the archive is missing
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
        return Outcome::error(
            tr("The workbook is damaged or incomplete, perhaps cut off while copying or downloading."));
    default:
        return Outcome::error(tr("The workbook cannot be opened (%1).").arg(detail));
    }
}

qint64 ZipArchive::locate(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), 0);
    // Some writers differ from the specification in the case of part names.
    if (index < 0)
        index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_NOCASE);
    return index;
}

bool ZipArchive::contains(const QString& name) const
{
    return locate(name) >= 0;
}

qint64 ZipArchive::entrySize(const QString& name) const
{
    const qint64 index = locate(name);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return static_cast<qint64>(stat.size);
}

Result<std::unique_ptr<ZipEntryDevice>> ZipArchive::openEntry(const QString& name, qint64 limit,
                                                              bool guardXml) const
{
    const qint64 maxSize = qMin(limit, m_maxEntrySize);
    const qint64 index = locate(name);
    if (index < 0)
        return Outcome::error(tr("The part %1 is missing from the workbook.").arg(name));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0)
        return Outcome::error(tr("The part %1 of the workbook is damaged (%2).")
                                  .arg(name, libzipMessage(zip_get_error(m_zip))));
    const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? static_cast<qint64>(stat.size) : -1;
    if (size > maxSize)
        return Outcome::error(tr("The part %1 of the workbook unpacks to %2 bytes, more than the %3 bytes "
                                 "allowed; the file is damaged or built to exhaust memory.")
                                  .arg(name, QLocale().toString(size), QLocale().toString(maxSize)));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Outcome::error(tr("The workbook is password-protected; save it as .xlsx without a password."));
    zip_file_t* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
    if (!file)
        return Outcome::error(tr("The part %1 of the workbook cannot be read (%2).")
                                  .arg(name, libzipMessage(zip_get_error(m_zip))));
    return std::make_unique<ZipEntryDevice>(file, name, size, maxSize, guardXml);
}

} // namespace anju
