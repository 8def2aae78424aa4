#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace anju::report {

// What a figure counts: people, households, members … or money in fen (分), shown in yuan with two decimals,
// or a share in hundredths of a percent (8750 = 87.50 %), shown as a percentage with two decimals.
enum class FigureUnit
{
    Count,
    Fen,
    Percent
};

// One number of the monthly summary: its value at (or during) the month, the same for the month before,
// and the change. `key` is stable (JSON, tests); `label` is in the user's language.
struct ReportFigure
{
    QString key;
    QString label;
    qint64 value = 0;
    qint64 previous = 0;
    FigureUnit unit = FigureUnit::Count;
    qint64 change() const { return value - previous; }
    // A number of this figure as printed: "12", or "1234.50" (yuan) for money.
    QString text(qint64 number) const;
    // The change with its sign: "+3", "-2", "0"; "+12.50", "-0.40", "0.00".
    QString changeText() const;
};

struct ReportColumn
{
    QString key;
    QString label;
};

// A table of the summary (figures by site, broken rules). Cells are qint64 numbers or text, one per column.
struct ReportTable
{
    QString key;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
};

// What one section of the summary computed.
struct ReportSectionResult
{
    QString key;
    QString title;
    QList<ReportFigure> figures;
    QList<ReportTable> tables;

    const ReportFigure* figure(const QString& figureKey) const;
    const ReportTable* table(const QString& tableKey) const;
};

// A calendar month and the one before it, with the dates the figures are reckoned at: stocks at the last
// day of a month, flows from its first to its last day (both included).
struct ReportMonth
{
    QDate first; // the first day of the month

    static ReportMonth of(int year, int month) { return {QDate(year, month, 1)}; }
    // "2026-10"; invalid (first.isNull()) for anything else.
    static ReportMonth parse(const QString& text);
    bool isValid() const { return first.isValid(); }
    QDate last() const { return first.addMonths(1).addDays(-1); }
    ReportMonth previous() const { return {first.addMonths(-1)}; }
    QString key() const { return first.toString(QStringLiteral("yyyy-MM")); }
};

} // namespace anju::report
