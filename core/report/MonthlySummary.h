#pragma once

#include "domain/Violation.h"
#include "report/ReportTypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace anju {
class Database;
class KeptReaders;
} // namespace anju

namespace anju::report {

// The monthly summary 月度汇总 of the whole office or one site: every section's figures for a month.
struct MonthlySummary
{
    ReportMonth month;
    qint64 siteId = 0; // 0: the whole office
    QString siteCode;
    QString siteName;
    QString reportingUnit; // 填报单位: the office's name from the settings, or the site's name
    QDateTime generatedAt;
    QList<ReportSectionResult> sections;

    const ReportSectionResult* section(const QString& key) const;
    // The figure "section.figure", e.g. "population.people_active"; null when absent.
    const ReportFigure* figure(const QString& sectionKey, const QString& figureKey) const;
    // "2026年10月" in Chinese, "October 2026" in English.
    QString monthLabel() const;
    // The scope as shown in titles: the site's name, or "whole office".
    QString scopeLabel() const;
};

// Assembles the summary from ReportSections::all(). Reads only: safe on a second connection in a worker,
// and opens further connections of its own for the sections (SectionWorkers).
class MonthlySummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(anju::report::MonthlySummaryBuilder)

public:
    explicit MonthlySummaryBuilder(const Database& db) : m_db(db) {}

    // Called after each section with (sections done, sections in all); returning false cancels.
    std::function<bool(int done, int total)> progress;
    // Threads that compute the sections side by side, each on its own connection in one snapshot; 0 for
    // the engine's default (SectionWorkers::defaultCount), 1 for this connection alone.
    int workers = 0;
    // Threads whose connections the workers read on, kept between summaries (the window's); null: each
    // worker opens a connection for this summary (the command line's single report).
    KeptReaders* keptReaders = nullptr;

    // `siteId` 0 for the whole office.
    Result<MonthlySummary> build(ReportMonth month, qint64 siteId = 0) const;

private:
    const Database& m_db;
};

} // namespace anju::report
