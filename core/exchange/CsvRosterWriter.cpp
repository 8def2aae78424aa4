#include "exchange/CsvRosterWriter.h"

#include "exchange/RosterCells.h"
#include "spreadsheet/FormulaGuard.h"

namespace anju::exchange {

namespace {

constexpr qsizetype FlushSize = 1 << 20;

QString cellText(const RosterCell& cell)
{
    if (const auto* text = std::get_if<QString>(&cell))
        return *text;
    if (const auto* date = std::get_if<QDate>(&cell))
        return date->toString(Qt::ISODate);
    if (const auto* number = std::get_if<qint64>(&cell))
        return QString::number(*number);
    return {};
}

} // namespace

QString CsvRosterWriter::quoted(const QString& field)
{
    // Also quoted: a tab or a semicolon, which a spreadsheet set to split on them would take for the
    // start of another cell (and so of a formula the guard never saw).
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')) &&
        !field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char(';')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvRosterWriter::open(const QString& path, const RosterHeading& heading)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return false;
    }
    m_buffer.reserve(FlushSize + 4096);
    m_buffer.append("\xEF\xBB\xBF");
    if (!heading.notice.isEmpty())
        appendLine({heading.notice});
    QStringList headers;
    for (const RosterFieldInfo& info : RosterLayout::fields())
        headers.append(info.header);
    appendLine(headers);
    return true;
}

void CsvRosterWriter::appendLine(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        // Every cell is guarded against formula injection, whatever its column: the rules that keep a
        // name or an ID number free of = + - @ today are not the defence. Numbers and dates are Anju's
        // own (a positive sequence, an ISO date), never start so, and stay numbers and dates.
        m_buffer.append(quoted(FormulaGuard::guarded(fields.at(i))).toUtf8());
    }
    m_buffer.append("\r\n");
}

bool CsvRosterWriter::write(const RosterHouseholdRows& household)
{
    ++m_sequence;
    QStringList fields;
    fields.reserve(RosterFieldCount);
    for (const RosterMemberRow& member : household.members) {
        fields.clear();
        for (const RosterFieldInfo& info : RosterLayout::fields())
            fields.append(cellText(RosterCells::cell(info.field, household, member, m_sequence)));
        appendLine(fields);
    }
    return m_buffer.size() < FlushSize || flush();
}

bool CsvRosterWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size()) {
        m_error = m_file.errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvRosterWriter::finish(const RosterTotals& /*totals*/)
{
    if (!flush())
        return false;
    if (!m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.close();
    return true;
}

} // namespace anju::exchange
