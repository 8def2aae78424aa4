#include "party/PartySettings.h"

#include "database/Database.h"
#include "party/PartyRules.h"

#include <QStringList>

namespace anju::party {

namespace {

const char EmployedKey[] = "party.dues.employed";
const char RetiredKey[] = "party.dues.retired";
const char FarmerKey[] = "party.dues.farmer";
const char MinimalKey[] = "party.dues.minimal";

// "1.5" percent → 150 basis points.
std::optional<int> parsePercent(const QString& text)
{
    const auto hundredths = PartyRules::parseYuan(text); // the same decimal with at most two places
    if (!hundredths || *hundredths > 10000)
        return std::nullopt;
    return int(*hundredths);
}

std::optional<QList<DuesBracket>> parseBrackets(const QString& text)
{
    QList<DuesBracket> brackets;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() != 2)
            return std::nullopt;
        DuesBracket bracket;
        const QString edge = pair[0].trimmed();
        if (edge != QLatin1String("*")) {
            const auto upTo = PartyRules::parseYuan(edge);
            if (!upTo || (!brackets.isEmpty() && *upTo <= brackets.last().upTo))
                return std::nullopt;
            bracket.upTo = *upTo;
        } else if (!brackets.isEmpty() && brackets.last().upTo < 0) {
            return std::nullopt;
        }
        const auto points = parsePercent(pair[1].trimmed());
        if (!points)
            return std::nullopt;
        bracket.basisPoints = *points;
        if (!brackets.isEmpty() && brackets.last().upTo < 0)
            return std::nullopt; // nothing after the open-ended bracket
        brackets.append(bracket);
    }
    if (brackets.isEmpty() || brackets.last().upTo >= 0)
        return std::nullopt; // the last bracket must be open-ended ("*")
    return brackets;
}

QString percentText(int basisPoints)
{
    QString text = PartyRules::formatYuan(basisPoints);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

int intSetting(const Database& db, const char* key, int fallback)
{
    bool ok = false;
    const int value = db.setting(QString::fromLatin1(key)).toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

// The farmer's range and the least amount as the settings store them ("0.2-1", "0.2").
QString farmerRangeText(const DuesRateTable& dues)
{
    return percentText(int(dues.farmerMin)) + QLatin1Char('-') + percentText(int(dues.farmerMax));
}

QString minimalText(const DuesRateTable& dues)
{
    return percentText(int(dues.minimal));
}

} // namespace

DuesRateTable DuesRateTable::defaults()
{
    DuesRateTable table;
    table.employed = {{300000, 50}, {500000, 100}, {1000000, 150}, {-1, 200}};
    table.retired = {{500000, 50}, {-1, 100}};
    table.farmerMin = 20;
    table.farmerMax = 100;
    table.minimal = 20;
    return table;
}

bool DuesRateTable::parse(const QString& employedText, const QString& retiredText, const QString& farmerText,
                          const QString& minimalText)
{
    const auto employedBrackets = parseBrackets(employedText);
    const auto retiredBrackets = parseBrackets(retiredText);
    const QStringList range = farmerText.split(QLatin1Char('-'));
    if (!employedBrackets || !retiredBrackets || range.size() != 2)
        return false;
    const auto low = PartyRules::parseYuan(range[0].trimmed());
    const auto high = PartyRules::parseYuan(range[1].trimmed());
    const auto least = PartyRules::parseYuan(minimalText.trimmed());
    if (!low || !high || *low > *high || !least)
        return false;
    employed = *employedBrackets;
    retired = *retiredBrackets;
    farmerMin = *low;
    farmerMax = *high;
    minimal = *least;
    return true;
}

QString DuesRateTable::bracketsText(const QList<DuesBracket>& brackets)
{
    QStringList parts;
    for (const DuesBracket& b : brackets) {
        const QString edge = b.upTo < 0 ? QStringLiteral("*") : percentText(int(b.upTo));
        parts << edge + QLatin1Char(':') + percentText(b.basisPoints);
    }
    return parts.join(QLatin1Char(','));
}

PartySettings PartySettings::defaults()
{
    PartySettings s;
    s.meetingMonths = {
        {MeetingType::GeneralMeeting, 3},    {MeetingType::CommitteeMeeting, 1},
        {MeetingType::GroupMeeting, 1},      {MeetingType::PartyLesson, 3},
        {MeetingType::ThemePartyDay, 1},     {MeetingType::OrganisationalLife, 12},
        {MeetingType::DemocraticReview, 12},
    };
    return s;
}

QString PartySettings::meetingSettingKey(MeetingType type)
{
    return QStringLiteral("party.meeting_months.") + enumKey(type);
}

PartySettings PartySettings::load(const Database& db)
{
    PartySettings s = defaults();
    DuesRateTable table = DuesRateTable::defaults();
    if (table.parse(db.setting(QString::fromLatin1(EmployedKey), DuesRateTable::bracketsText(table.employed)),
                    db.setting(QString::fromLatin1(RetiredKey), DuesRateTable::bracketsText(table.retired)),
                    db.setting(QString::fromLatin1(FarmerKey), farmerRangeText(table)),
                    db.setting(QString::fromLatin1(MinimalKey), minimalText(table))))
        s.dues = table;
    for (const auto& info : enumInfos<MeetingType>()) {
        bool ok = false;
        const int months = db.setting(meetingSettingKey(info.value)).toInt(&ok);
        if (ok && months >= 0 && months <= 12 && (months == 0 || 12 % months == 0))
            s.meetingMonths[info.value] = months;
    }
    s.branchMinFullMembers = intSetting(db, "party.branch_min_full_members", s.branchMinFullMembers);
    s.branchMaxMembers = intSetting(db, "party.branch_max_members", s.branchMaxMembers);
    s.committeeMinFullMembers = intSetting(db, "party.committee_min_full_members", s.committeeMinFullMembers);
    s.committeeMinSize = intSetting(db, "party.committee_min_size", s.committeeMinSize);
    s.committeeMaxSize = intSetting(db, "party.committee_max_size", s.committeeMaxSize);
    s.transferLetterDays = intSetting(db, "party.transfer_letter_days", s.transferLetterDays);
    s.seriousArrearsMonths = intSetting(db, "party.dues_serious_arrears_months", s.seriousArrearsMonths);
    s.ownBranchMinResidents = intSetting(db, "rule.own_branch_min_residents", s.ownBranchMinResidents);
    s.ownBranchMinFullMembers = intSetting(db, "rule.own_branch_min_full_members", s.ownBranchMinFullMembers);
    return s;
}

QList<QPair<QString, QString>> PartySettings::texts() const
{
    QList<QPair<QString, QString>> texts{
        {QString::fromLatin1(EmployedKey), DuesRateTable::bracketsText(dues.employed)},
        {QString::fromLatin1(RetiredKey), DuesRateTable::bracketsText(dues.retired)},
        {QString::fromLatin1(FarmerKey), farmerRangeText(dues)},
        {QString::fromLatin1(MinimalKey), minimalText(dues)},
    };
    for (auto it = meetingMonths.cbegin(); it != meetingMonths.cend(); ++it)
        texts.append({meetingSettingKey(it.key()), QString::number(it.value())});
    const auto put = [&](const char* key, int value) {
        texts.append({QString::fromLatin1(key), QString::number(value)});
    };
    put("party.branch_min_full_members", branchMinFullMembers);
    put("party.branch_max_members", branchMaxMembers);
    put("party.committee_min_full_members", committeeMinFullMembers);
    put("party.committee_min_size", committeeMinSize);
    put("party.committee_max_size", committeeMaxSize);
    put("party.transfer_letter_days", transferLetterDays);
    put("party.dues_serious_arrears_months", seriousArrearsMonths);
    put("rule.own_branch_min_residents", ownBranchMinResidents);
    put("rule.own_branch_min_full_members", ownBranchMinFullMembers);
    return texts;
}

bool PartySettings::save(Database& db) const
{
    bool ok = true;
    for (const auto& [key, text] : texts())
        ok = ok && db.setSetting(key, text);
    return ok;
}

} // namespace anju::party
