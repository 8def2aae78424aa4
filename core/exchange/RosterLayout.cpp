#include "exchange/RosterLayout.h"

#include <QRegularExpression>

namespace anju::exchange {

namespace {

QStringList words(std::initializer_list<const char16_t*> list)
{
    QStringList out;
    for (const char16_t* w : list)
        out.append(QString::fromUtf16(w));
    return out;
}

QList<RosterFieldInfo> makeFields()
{
    using F = RosterField;
    return {
        {F::Sequence, QStringLiteral("序号"), words({u"序", u"NO", u"No"}), false},
        {F::HouseholdNumber, QStringLiteral("户编号"),
         words({u"户号", u"家庭编号", u"户代码", u"户主编号", u"搬迁户编号", u"户档案编号"}), false},
        {F::Site, QStringLiteral("安置点"),
         words({u"安置点名称", u"安置小区", u"安置社区", u"安置地点", u"小区"}), false},
        {F::SiteCode, QStringLiteral("安置点编码"), words({u"安置点代码", u"安置点编号"}), false},
        {F::Building, QStringLiteral("楼栋"), words({u"栋", u"楼栋号", u"栋号", u"楼号", u"幢"}), false},
        {F::Unit, QStringLiteral("单元"), words({u"单元号"}), false},
        {F::Room, QStringLiteral("房号"), words({u"房间号", u"门牌号", u"户室号", u"室", u"房号室"}), false},
        {F::Name, QStringLiteral("姓名"), words({u"成员姓名", u"家庭成员姓名", u"名字", u"人员姓名"}), true},
        {F::Relationship, QStringLiteral("与户主关系"),
         words({u"关系", u"与户主的关系", u"家庭关系", u"与户主关系"}), true},
        {F::IdNumber, QStringLiteral("身份证号"),
         words({u"身份证号码", u"公民身份号码", u"身份证", u"证件号码", u"身份证件号码", u"公民身份证号码"}),
         true},
        {F::Sex, QStringLiteral("性别"), {}, false},
        {F::BirthDate, QStringLiteral("出生日期"), words({u"出生年月", u"出生年月日", u"生日"}), false},
        {F::Ethnicity, QStringLiteral("民族"), {}, false},
        {F::Education, QStringLiteral("文化程度"), words({u"学历", u"受教育程度"}), false},
        {F::Health, QStringLiteral("健康状况"), words({u"健康状态"}), false},
        {F::LabourCapacity, QStringLiteral("劳动能力"), words({u"劳动力状况", u"劳动能力状况"}), false},
        {F::Phone, QStringLiteral("联系电话"),
         words({u"电话", u"手机号", u"手机号码", u"联系方式", u"电话号码"}), false},
        {F::OriginCounty, QStringLiteral("迁出县区划代码"),
         words({u"迁出县", u"迁出地代码", u"迁出县市区", u"迁出县代码", u"迁出地区划代码"}), false},
        {F::OriginTownship, QStringLiteral("迁出乡镇"), words({u"迁出乡镇街道", u"迁出乡"}), false},
        {F::OriginVillage, QStringLiteral("迁出村"), words({u"迁出村社区", u"迁出村组"}), false},
        {F::RelocationDate, QStringLiteral("搬迁入住日期"),
         words({u"搬迁日期", u"入住日期", u"搬迁时间", u"入住时间", u"搬迁入住时间", u"搬迁入住年月",
                u"入住年月", u"搬迁年月", u"安置入住日期", u"安置入住时间"}),
         false},
        {F::HouseholdPhone, QStringLiteral("户联系电话"), words({u"家庭联系电话", u"户电话", u"家庭电话"}),
         false},
        {F::PersonState, QStringLiteral("人员状态"), words({u"状态", u"人口状态"}), false},
        {F::StateDate, QStringLiteral("状态变动日期"), words({u"变动日期", u"迁出或死亡日期"}), false},
    };
}

} // namespace

const QList<RosterFieldInfo>& RosterLayout::fields()
{
    static const QList<RosterFieldInfo> all = makeFields();
    return all;
}

const RosterFieldInfo& RosterLayout::info(RosterField field)
{
    return fields().at(static_cast<int>(field));
}

QString RosterLayout::headerKey(const QString& headerText)
{
    // "身份证号码（18位）*" and "联 系 电 话" name the same fields as "身份证号码" and "联系电话".
    static const QRegularExpression notes(QStringLiteral("[(（\\[【].*?[)）\\]】]"));
    static const QRegularExpression marks(QStringLiteral("[\\s\\x{3000}*＊:：]"));
    QString key = headerText;
    key.remove(notes);
    key.remove(marks);
    return key;
}

std::optional<RosterField> RosterLayout::fieldForHeader(const QString& headerText)
{
    const QString key = headerKey(headerText);
    if (key.isEmpty())
        return std::nullopt;
    for (const RosterFieldInfo& info : fields()) {
        if (key == info.header || info.synonyms.contains(key, Qt::CaseInsensitive))
            return info.field;
    }
    return std::nullopt;
}

} // namespace anju::exchange
