#include "exchange/HouseholdAssembler.h"

#include "domain/IdNumber.h"
#include "exchange/CellText.h"
#include "exchange/RosterVocabulary.h"
#include "registry/HouseholdRules.h"

#include <algorithm>

namespace anju::exchange {

QList<int> ImportedHousehold::rows() const
{
    QList<int> out;
    for (const ImportedMember& m : members)
        out.append(m.row);
    return out;
}

HouseholdAssembler::HouseholdAssembler(const QStringList& headers, const ColumnMapping& mapping,
                                       const QList<MergedRange>& merges, bool date1904, QDate today)
    : m_headers(headers), m_mapping(mapping), m_date1904(date1904), m_today(today)
{
    startSheet(merges);
}

void HouseholdAssembler::startSheet(const QList<MergedRange>& merges)
{
    m_merged.startSheet(merges);
}

bool HouseholdAssembler::isFooter(const TableRow& row)
{
    static const QStringList footerWords = {
        QStringLiteral("合计"),   QStringLiteral("总计"),   QStringLiteral("小计"),
        QStringLiteral("填表人"), QStringLiteral("审核人"), QStringLiteral("负责人"),
        QStringLiteral("制表人"), QStringLiteral("填报人"), QStringLiteral("说明"),
        QStringLiteral("备注"),   QStringLiteral("注："),   QStringLiteral("注:"),
    };
    for (const CellValue& cell : row.cells) {
        const QString text = CellText::text(cell);
        if (text.isEmpty())
            continue;
        const QString compact = registry::HouseholdRules::normalizeName(text);
        for (const QString& word : footerWords) {
            if (compact.startsWith(word))
                return true;
        }
        return false;
    }
    return true;
}

QString HouseholdAssembler::columnName(RosterField field) const
{
    const int column = m_mapping.value(field, -1);
    if (column >= 0 && column < m_headers.size() && !m_headers.at(column).isEmpty())
        return m_headers.at(column);
    return RosterLayout::info(field).header;
}

CellValue HouseholdAssembler::valueAt(const TableRow& row, RosterField field)
{
    return m_merged.valueAt(row, m_mapping.value(field, -1));
}

QString HouseholdAssembler::textAt(const TableRow& row, RosterField field)
{
    return CellText::text(valueAt(row, field));
}

void HouseholdAssembler::error(ImportedHousehold& into, int row, RosterField field, const QString& message)
{
    into.errors.append({row, columnName(field), message});
}

std::optional<ImportedHousehold> HouseholdAssembler::add(const TableRow& row)
{
    if (isFooter(row))
        return std::nullopt;
    // Household columns are read for every row (merged ranges need to see their top cell).
    const QString number = textAt(row, RosterField::HouseholdNumber);
    bool startsNew = !m_current.has_value();
    if (m_mapping.contains(RosterField::HouseholdNumber)) {
        startsNew = startsNew || (!number.isEmpty() && number != m_currentNumber);
    } else {
        const auto relationship =
            RosterVocabulary::fromWord<Relationship>(textAt(row, RosterField::Relationship));
        startsNew = startsNew || relationship == Relationship::Head;
    }
    std::optional<ImportedHousehold> completed;
    if (startsNew) {
        completed = finish();
        m_current = ImportedHousehold{};
        m_current->firstRow = row.number;
        m_currentNumber = number;
        readHouseholdColumns(row, *m_current);
    } else {
        // Keep merged-range bookkeeping moving for the household columns of this row.
        for (RosterField f :
             {RosterField::Site, RosterField::SiteCode, RosterField::Building, RosterField::Unit,
              RosterField::Room, RosterField::OriginCounty, RosterField::OriginTownship,
              RosterField::OriginVillage, RosterField::RelocationDate, RosterField::HouseholdPhone})
            valueAt(row, f);
    }
    readMember(row, *m_current);
    return completed;
}

std::optional<ImportedHousehold> HouseholdAssembler::finish()
{
    std::optional<ImportedHousehold> done = std::move(m_current);
    m_current.reset();
    if (!done)
        return done;
    // A household whose members all left is on file as moved away, or dissolved when none moved away.
    Household& h = done->household;
    bool anyActive = false;
    bool anyMovedAway = false;
    for (const ImportedMember& m : std::as_const(done->members)) {
        h.members.append(m.person);
        // Without a household phone column, the head's own number is the household's.
        if (!m_mapping.contains(RosterField::HouseholdPhone) && m.person.relationship == Relationship::Head &&
            m.person.isActive() && h.phone.isEmpty())
            h.phone = m.person.phone;
        anyActive = anyActive || m.person.isActive();
        anyMovedAway = anyMovedAway || m.person.state == PersonState::MovedAway;
        if (!m.person.isActive() && m.person.stateDate > h.stateDate)
            h.stateDate = m.person.stateDate;
    }
    if (anyActive)
        h.stateDate = QDate();
    else
        h.state = anyMovedAway ? HouseholdState::MovedAway : HouseholdState::Dissolved;
    return done;
}

void HouseholdAssembler::readHouseholdColumns(const TableRow& row, ImportedHousehold& into)
{
    Household& h = into.household;
    h.number = textAt(row, RosterField::HouseholdNumber);
    into.siteName = textAt(row, RosterField::Site);
    into.siteCode = textAt(row, RosterField::SiteCode);
    into.buildingName = textAt(row, RosterField::Building);
    into.unitName = textAt(row, RosterField::Unit);
    into.room = textAt(row, RosterField::Room);
    const QString county = textAt(row, RosterField::OriginCounty);
    h.originCountyCode = CellText::countyCode(county);
    if (!county.isEmpty() && h.originCountyCode.isEmpty())
        error(into, row.number, RosterField::OriginCounty,
              tr("%1 is not a county code or a county of Shaoyang; write the six-digit code, like 430524.")
                  .arg(county));
    h.originTownship = textAt(row, RosterField::OriginTownship);
    h.originVillage = textAt(row, RosterField::OriginVillage);
    if (const Result<QString> phone = CellText::phone(valueAt(row, RosterField::HouseholdPhone)))
        h.phone = phone.value();
    else
        error(into, row.number, RosterField::HouseholdPhone, phone.summary());
    const CellValue relocation = valueAt(row, RosterField::RelocationDate);
    if (!relocation.isEmpty()) {
        if (const Result<CellDate> d = CellText::date(relocation, m_date1904))
            h.relocationDate = d.value().date;
        else
            error(into, row.number, RosterField::RelocationDate, d.summary());
    } else if (!h.relocationDate.isValid()) {
        h.relocationDate = m_defaultRelocationDate;
    }
}

void HouseholdAssembler::readMember(const TableRow& row, ImportedHousehold& into)
{
    ImportedMember member;
    member.row = row.number;
    if (m_keepOriginalCells) {
        // The original texts go to the error list; an Excel date is written as a date there, not as its
        // serial.
        member.cells.reserve(row.cells.size());
        for (const CellValue& cell : row.cells) {
            QString shown = cell.text;
            if (cell.dateFormatted) {
                if (const Result<CellDate> date = CellText::date(cell, m_date1904))
                    shown = date.value().date.toString(Qt::ISODate);
            }
            member.cells.append(shown);
        }
    }
    Person& p = member.person;
    p.name = registry::HouseholdRules::normalizeName(textAt(row, RosterField::Name));
    p.idNumber = textAt(row, RosterField::IdNumber);
    const IdNumber id = IdNumber::parse(p.idNumber, m_today);

    const QString relationship = textAt(row, RosterField::Relationship);
    if (const auto r = RosterVocabulary::fromWord<Relationship>(relationship))
        p.relationship = *r;
    else
        error(into, row.number, RosterField::Relationship,
              relationship.isEmpty()
                  ? tr("The relationship to the head is missing.")
                  : tr("\"%1\" is not a relationship to the head this program knows (户主, 配偶, "
                       "子, 女, 孙子, 孙女, 父母, 兄弟姐妹, 儿媳, 女婿, 其他 …).")
                        .arg(relationship));

    const QString sex = textAt(row, RosterField::Sex);
    if (!sex.isEmpty()) {
        const auto s = RosterVocabulary::fromWord<Sex>(sex);
        if (!s)
            error(into, row.number, RosterField::Sex, tr("\"%1\" is not a sex (男 or 女).").arg(sex));
        else if (id.isValid() && *s != id.sex())
            error(into, row.number, RosterField::Sex,
                  tr("The sex %1 does not match the ID number, which says %2.")
                      .arg(sex, RosterVocabulary::word(id.sex())));
    }
    const CellValue birth = valueAt(row, RosterField::BirthDate);
    if (!birth.isEmpty()) {
        const Result<CellDate> read = CellText::date(birth, m_date1904);
        const QDate d = read.hasValue() ? read.value().date : QDate();
        if (!read)
            error(into, row.number, RosterField::BirthDate, read.summary());
        else if (id.isValid() && (read.value().monthOnly ? (d.year() != id.birthDate().year() ||
                                                            d.month() != id.birthDate().month())
                                                         : d != id.birthDate()))
            error(into, row.number, RosterField::BirthDate,
                  tr("The birth date %1 does not match the ID number, which says %2.")
                      .arg(CellText::text(birth), id.birthDate().toString(Qt::ISODate)));
    }
    const QString ethnicity = textAt(row, RosterField::Ethnicity);
    if (!ethnicity.isEmpty()) {
        if (const auto e = Ethnicity::fromName(ethnicity))
            p.ethnicityCode = e->code;
        else
            error(into, row.number, RosterField::Ethnicity,
                  tr("\"%1\" is not an ethnic group.").arg(ethnicity));
    }
    const QString education = textAt(row, RosterField::Education);
    if (const auto e = RosterVocabulary::fromWord<Education>(education))
        p.education = *e;
    else
        error(into, row.number, RosterField::Education,
              tr("\"%1\" is not a level of education.").arg(education));
    const QString health = textAt(row, RosterField::Health);
    if (!health.isEmpty()) {
        if (const auto h = RosterVocabulary::fromWord<Health>(health))
            p.health = *h;
        else
            error(into, row.number, RosterField::Health, tr("\"%1\" is not a state of health.").arg(health));
    }
    const QString labour = textAt(row, RosterField::LabourCapacity);
    if (!labour.isEmpty()) {
        if (const auto l = RosterVocabulary::fromWord<LabourCapacity>(labour))
            p.labourCapacity = *l;
        else
            error(into, row.number, RosterField::LabourCapacity,
                  tr("\"%1\" is not a labour capacity.").arg(labour));
    }
    if (const Result<QString> phone = CellText::phone(valueAt(row, RosterField::Phone)))
        p.phone = phone.value();
    else
        error(into, row.number, RosterField::Phone, phone.summary());

    const QString state = textAt(row, RosterField::PersonState);
    if (!state.isEmpty()) {
        if (const auto s = RosterVocabulary::fromWord<PersonState>(state))
            p.state = *s;
        else
            error(into, row.number, RosterField::PersonState,
                  tr("\"%1\" is not a member's state (在册, 迁出 or 死亡).").arg(state));
    }
    const CellValue stateDate = valueAt(row, RosterField::StateDate);
    if (!stateDate.isEmpty()) {
        if (const Result<CellDate> d = CellText::date(stateDate, m_date1904))
            p.stateDate = d.value().date;
        else
            error(into, row.number, RosterField::StateDate, d.summary());
    }
    into.members.append(std::move(member));
}

} // namespace anju::exchange
