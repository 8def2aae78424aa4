#include "exchange/RosterExporter.h"

#include "access/Permissions.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "database/PrivateFile.h"
#include "exchange/CsvRosterWriter.h"
#include "exchange/RosterRowsQuery.h"
#include "exchange/XlsxRosterWriter.h"
#include "registry/SiteRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryFile>

#include <filesystem>
#include <memory>

namespace anju::exchange {

namespace {

constexpr qint64 ProgressStep = 1000;

std::unique_ptr<RosterFileWriter> writerFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return std::make_unique<XlsxRosterWriter>();
    if (suffix == QLatin1String("csv"))
        return std::make_unique<CsvRosterWriter>();
    return nullptr;
}

// Replaces `to` by `from` in one step, so a reader never sees half a file (std::filesystem::rename
// replaces an existing file on every platform, unlike QFile::rename). Fails with the system's text.
Outcome moveIntoPlace(const QString& from, const QString& to)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code)
        return Outcome::failure(QLatin1String(Field::General), QString::fromStdString(code.message()));
    return {};
}

} // namespace

Outcome RosterExporter::exportRoster(const RosterExportOptions& options)
{
    m_counts = {};
    m_cancelled = false;
    const auto failure = [](const QString& message) {
        return Outcome::failure(QLatin1String(Field::General), message);
    };
    if (Outcome denied = Permissions::require(m_db, Action::ExportRoster, options.siteId); !denied)
        return denied;
    if (options.siteId <= 0 && m_db.session() && !m_db.session()->coversEverySite())
        return failure(tr("Choose one of your sites to export."));

    // Declared before the writer so that on every early return the writer lets go of the file first and
    // the partial file is removed after it (Windows cannot remove an open file).
    QTemporaryFile partial;
    const std::unique_ptr<RosterFileWriter> writer = writerFor(options.path);
    if (!writer)
        return failure(
            tr("Cannot export the roster to \"%1\": the file name must end in .xlsx (Excel) or .csv.")
                .arg(QDir::toNativeSeparators(options.path)));
    const QFileInfo target(options.path);
    const QString shownPath = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.isDir())
        return failure(tr("%1 is a folder: name a file to export to.").arg(shownPath));
    if (!target.absoluteDir().exists())
        return failure(tr("%1 cannot be written: the folder %2 does not exist.")
                           .arg(shownPath, QDir::toNativeSeparators(target.absolutePath())));

    RosterHeading heading;
    heading.reportingUnit = options.reportingUnit.trimmed();
    heading.date = options.date.isValid() ? options.date : QDate::currentDate();
    heading.notice = tr("This file contains personal information (ID numbers, phones, health): keep it safe, "
                        "hand it only to those who need it, and delete it when done.");
    if (options.siteId > 0) {
        const std::optional<Site> site = registry::SiteRepository(m_db).site(options.siteId);
        if (!site)
            return failure(tr("The site to export no longer exists."));
        heading.siteName = site->name;
    }

    RosterRowsFilter filter;
    filter.siteId = options.siteId;
    filter.includeFormer = options.includeFormer;
    RosterRowsQuery rows(m_db);
    qint64 totalHouseholds = 0;
    qint64 totalPersons = 0;
    if (!rows.count(filter, &totalHouseholds, &totalPersons))
        return failure(rows.error());

    // Written beside the target (same file system, so the final move is one step); removed unless moved.
    partial.setFileTemplate(
        target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!partial.open())
        return failure(tr("%1 cannot be written: %2").arg(shownPath, partial.errorString()));
    partial.close();
    // A temporary file is private to its owner, and so stays the roster made from it (PrivateFile).
    PrivateFile::restrict(partial.fileName());

    if (!writer->open(partial.fileName(), heading))
        return failure(tr("%1 cannot be written: %2").arg(shownPath, writer->error()));
    if (!rows.start(filter))
        return failure(rows.error());

    qint64 reported = 0;
    if (options.progress && !options.progress(0, totalPersons)) {
        m_cancelled = true;
        return failure(tr("The export was cancelled; no file was written."));
    }
    RosterHouseholdRows household;
    while (rows.next(household)) {
        if (!writer->write(household))
            return failure(tr("%1 cannot be written: %2").arg(shownPath, writer->error()));
        ++m_counts.households;
        m_counts.persons += household.members.size();
        for (const RosterMemberRow& member : std::as_const(household.members)) {
            if (member.state != PersonState::Active)
                ++m_counts.formerPersons;
        }
        if (options.progress && m_counts.persons - reported >= ProgressStep) {
            reported = m_counts.persons;
            if (!options.progress(m_counts.persons, std::max(totalPersons, m_counts.persons))) {
                m_cancelled = true;
                return failure(tr("The export was cancelled; no file was written."));
            }
        }
    }
    if (!rows.error().isEmpty())
        return failure(rows.error());
    if (!writer->finish(RosterTotals{m_counts.households, m_counts.persons}))
        return failure(tr("%1 cannot be written: %2").arg(shownPath, writer->error()));

    // Every export of personal information is on record before the file appears.
    const QJsonObject detail{{QStringLiteral("file"), target.absoluteFilePath()},
                             {QStringLiteral("site_id"), options.siteId},
                             {QStringLiteral("households"), m_counts.households},
                             {QStringLiteral("persons"), m_counts.persons}};
    if (const SqlOutcome logged = AuditLog(m_db).record(QStringLiteral("export"), detail); !logged)
        return failure(tr("The export could not be recorded in the audit trail, so no file was written: %1")
                           .arg(logged.error));

    // The writer may have made the file anew under that name: owner-only again before it appears.
    if (!PrivateFile::restrict(partial.fileName()))
        return failure(
            tr("%1 cannot be written: %2").arg(shownPath, tr("its permissions cannot be limited to you")));
    if (const Outcome moved = moveIntoPlace(partial.fileName(), target.absoluteFilePath()); !moved)
        return failure(tr("%1 cannot be written: %2").arg(shownPath, moved.summary()));
    partial.setAutoRemove(false);
    if (options.progress)
        options.progress(m_counts.persons, m_counts.persons);
    return {};
}

} // namespace anju::exchange
