#include "exchange/IncomeCheckImportStore.h"

#include "database/Database.h"
#include "database/PostgresCopy.h"
#include "database/SqlRun.h"
#include "database/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::exchange {

bool ImportedIncomeCheck::sameAs(const ImportedIncomeCheck& o) const
{
    return householdId == o.householdId && month == o.month && checkedOn == o.checkedOn &&
           headcount == o.headcount && wages == o.wages && business == o.business && property == o.property &&
           transfers == o.transfers && operatingCosts == o.operatingCosts && medical == o.medical &&
           education == o.education && disaster == o.disaster && otherExpense == o.otherExpense &&
           checker == o.checker && note == o.note;
}

namespace {

Outcome readFailed(const QSqlQuery& q)
{
    return Outcome::error(q.lastError().text());
}

// The columns of the server's table of the checks to write (anju_income_import_table(), schema 19).
const QStringList& stagedColumns()
{
    static const QStringList columns = {QStringLiteral("id"),
                                        QStringLiteral("household_id"),
                                        QStringLiteral("month"),
                                        QStringLiteral("checked_on"),
                                        QStringLiteral("headcount"),
                                        QStringLiteral("income_wages"),
                                        QStringLiteral("income_business"),
                                        QStringLiteral("income_property"),
                                        QStringLiteral("income_transfers"),
                                        QStringLiteral("operating_costs"),
                                        QStringLiteral("expense_medical"),
                                        QStringLiteral("expense_education"),
                                        QStringLiteral("expense_disaster"),
                                        QStringLiteral("expense_other"),
                                        QStringLiteral("checker"),
                                        QStringLiteral("note")};
    return columns;
}

void appendNumber(QByteArray& line, qint64 value)
{
    line.append(QByteArray::number(value));
    line.append('\t');
}

void appendDate(QByteArray& line, QDate day)
{
    line.append(day.toString(Qt::ISODate).toLatin1());
    line.append('\t');
}

} // namespace

Outcome IncomeCheckImportStore::loadHouseholds(bool names)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(names ? QStringLiteral("SELECT id, site_id, number, head_name FROM households")
                      : QStringLiteral("SELECT id, site_id, number FROM households")))
        return readFailed(q);
    while (q.next()) {
        ImportHousehold h{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          names ? q.value(3).toString() : QString()};
        m_byNumber.insert(h.number, h.id);
        m_households.insert(h.id, h);
    }
    // A household has had one head at a time; a head who left still names it (the active one wins).
    QSqlQuery heads(m_db.connection());
    heads.setForwardOnly(true);
    if (!heads.exec(QStringLiteral("SELECT id_number, household_id, state, name FROM persons"
                                   " WHERE relationship = 'head'"
                                   " ORDER BY CASE WHEN state = 'active' THEN 1 ELSE 0 END")))
        return readFailed(heads);
    while (heads.next()) {
        const qint64 household = heads.value(1).toLongLong();
        m_byIdNumber.insert(heads.value(0).toString(), household);
        if (names && heads.value(2).toString() == QLatin1String("active"))
            m_activeHeads.insert(household, comparableName(heads.value(3).toString()));
    }
    return {};
}

QString IncomeCheckImportStore::comparableName(const QString& name)
{
    // "王　芳" typed to line up with three-character names, a space left at the end: the same name.
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (!c.isSpace() && c != QChar(0x3000) && c != QChar(0xFEFF))
            out.append(c);
    return out;
}

Result<bool> IncomeCheckImportStore::isCurrentMember(qint64 householdId, const QString& name)
{
    const QString wanted = comparableName(name);
    if (wanted.isEmpty())
        return false;
    if (const auto head = m_activeHeads.constFind(householdId);
        head != m_activeHeads.constEnd() && *head == wanted)
        return true;
    if (!m_members) {
        // Every household's active members at once, the first time a name is not its head's: a sheet
        // whose rows slipped names no head right, and 280,000 queries would take minutes.
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT household_id, name FROM persons WHERE state = 'active'")))
            return readFailed(q);
        m_members.emplace();
        while (q.next())
            m_members->insert(q.value(0).toLongLong(), comparableName(q.value(1).toString()));
    }
    for (auto it = m_members->constFind(householdId); it != m_members->constEnd() && it.key() == householdId;
         ++it)
        if (*it == wanted)
            return true;
    return false;
}

std::optional<ImportHousehold> IncomeCheckImportStore::byIdNumber(const QString& idNumber) const
{
    qint64 id = m_byIdNumber.value(idNumber);
    if (id == 0) {
        // Not a head's: the household of the member it is (an office may list the member it spoke to).
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT household_id FROM persons WHERE id_number = ?"));
        q.addBindValue(idNumber);
        if (q.exec() && q.next())
            id = q.value(0).toLongLong();
    }
    const auto found = m_households.constFind(id);
    if (found == m_households.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<ImportHousehold> IncomeCheckImportStore::byNumber(const QString& number) const
{
    const auto found = m_households.constFind(m_byNumber.value(number));
    if (found == m_households.constEnd())
        return std::nullopt;
    return *found;
}

const QHash<qint64, ImportedIncomeCheck>& IncomeCheckImportStore::checksOf(QDate month)
{
    const auto known = m_checks.constFind(month);
    if (known != m_checks.constEnd())
        return *known;
    QHash<qint64, ImportedIncomeCheck>& checks = m_checks[month];
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, household_id, checked_on, headcount, income_wages, income_business, income_property,"
        " income_transfers, operating_costs, expense_medical, expense_education, expense_disaster,"
        " expense_other, checker, note FROM income_checks WHERE month = ?"));
    q.addBindValue(sqlDate(month));
    if (q.exec()) {
        while (q.next()) {
            ImportedIncomeCheck c;
            c.id = q.value(0).toLongLong();
            c.householdId = q.value(1).toLongLong();
            c.month = month;
            c.checkedOn = dateFrom(q.value(2));
            c.headcount = q.value(3).toInt();
            c.wages = q.value(4).toLongLong();
            c.business = q.value(5).toLongLong();
            c.property = q.value(6).toLongLong();
            c.transfers = q.value(7).toLongLong();
            c.operatingCosts = q.value(8).toLongLong();
            c.medical = q.value(9).toLongLong();
            c.education = q.value(10).toLongLong();
            c.disaster = q.value(11).toLongLong();
            c.otherExpense = q.value(12).toLongLong();
            c.checker = q.value(13).toString();
            c.note = q.value(14).toString();
            checks.insert(c.householdId, c);
        }
    }
    return checks;
}

int IncomeCheckImportStore::defaultHeadcount(qint64 householdId, QDate month)
{
    auto known = m_headcounts.constFind(month);
    if (known == m_headcounts.constEnd()) {
        // Every household's count of the month in one pass: a sheet that leaves 家庭人口 blank leaves it
        // blank for most rows.
        QHash<qint64, int>& counts = m_headcounts[month];
        const QDate last = month.addMonths(1).addDays(-1);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT household_id, COUNT(*) FROM persons"
                                 " WHERE (state = 'active' OR state_date > ?) AND birth_date <= ?"
                                 " GROUP BY household_id"));
        q.addBindValue(sqlDate(last));
        q.addBindValue(sqlDate(last));
        if (q.exec())
            while (q.next())
                counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
        known = m_headcounts.constFind(month);
    }
    return known->value(householdId);
}

Outcome IncomeCheckImportStore::prepareWrites()
{
    m_insert.emplace(m_db.connection());
    m_update.emplace(m_db.connection());
    if (!m_insert->prepare(QStringLiteral(
            "INSERT INTO income_checks (household_id, month, checked_on, headcount, income_wages,"
            " income_business, income_property, income_transfers, operating_costs, expense_medical,"
            " expense_education, expense_disaster, expense_other, checker, source, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?)")))
        return readFailed(*m_insert);
    if (!m_update->prepare(m_db.dialect().expand(QStringLiteral(
            "UPDATE income_checks SET checked_on = ?, headcount = ?, income_wages = ?, income_business = ?,"
            " income_property = ?, income_transfers = ?, operating_costs = ?, expense_medical = ?,"
            " expense_education = ?, expense_disaster = ?, expense_other = ?, checker = ?, note = ?,"
            " source = 'import', row_version = row_version + 1, updated_at = ${NOW} WHERE id = ?"))))
        return readFailed(*m_update);
    return {};
}

Outcome IncomeCheckImportStore::write(const ImportedIncomeCheck& c)
{
    const QVariantList figures = {c.headcount, c.wages,          c.business,        c.property,
                                  c.transfers, c.operatingCosts, c.medical,         c.education,
                                  c.disaster,  c.otherExpense,   sqlText(c.checker)};
    QSqlQuery& q = c.id == 0 ? *m_insert : *m_update;
    QVariantList values;
    if (c.id == 0)
        values = QVariantList{c.householdId, sqlDate(c.month), sqlDate(c.checkedOn)} + figures +
                 QVariantList{sqlText(c.note)};
    else
        values = QVariantList{sqlDate(c.checkedOn)} + figures + QVariantList{sqlText(c.note), c.id};
    SqlRun::bind(q, values);
    if (const SqlOutcome written = SqlRun::write(m_db, q); !written)
        return Outcome::error(written.error);
    return {};
}

bool IncomeCheckImportStore::mayWriteAtOnce(const Database& db)
{
    return db.dialect().engine() == SqlDialect::Engine::PostgreSql && PostgresCopy::available(db);
}

Outcome IncomeCheckImportStore::writeAtOnce(const QList<ImportedIncomeCheck>& checks,
                                            const std::function<bool(qint64 sent)>& sent)
{
    QSqlQuery q(m_db.connection());
    // The server's own table for the checks to write (the desk may only insert into it).
    if (!q.exec(QStringLiteral("SELECT anju_income_import_table()")))
        return readFailed(q);
    qsizetype next = 0;
    const Result<qint64> copied = PostgresCopy::copyRows(
        m_db, QStringLiteral("income_check_import"), stagedColumns(),
        [&](QByteArray& line) {
            if (next == checks.size())
                return false;
            const ImportedIncomeCheck& c = checks.at(next++);
            if (c.id)
                appendNumber(line, c.id);
            else
                line.append("\\N\t");
            appendNumber(line, c.householdId);
            appendDate(line, c.month);
            appendDate(line, c.checkedOn);
            for (const qint64 value : {qint64(c.headcount), c.wages, c.business, c.property, c.transfers,
                                       c.operatingCosts, c.medical, c.education, c.disaster, c.otherExpense})
                appendNumber(line, value);
            PostgresCopy::appendText(line, c.checker);
            line.append('\t');
            PostgresCopy::appendText(line, c.note);
            line.append('\n');
            return true;
        },
        sent);
    if (!copied)
        return Outcome::error(copied.summary());
    // It waits up to a minute for another desk's import of checks, and fails when a check to replace was
    // removed since the sheet was read (a serialization failure): either way the desk imports again.
    if (!q.exec(QStringLiteral("SELECT anju_import_income_checks()"))) {
        const QSqlError error = q.lastError();
        if (m_db.dialect().isBusy(error.nativeErrorCode(), error.text()))
            return Outcome::error(
                tr("Another desk was importing or changing this month's checks at the same time. Nothing "
                   "of this import was saved; import the sheet again."));
        return readFailed(q);
    }
    return {};
}

} // namespace anju::exchange
