#include "exchange/RosterVocabulary.h"

#include <QList>
#include <QRegularExpression>

#include <vector>

namespace anju::exchange {

namespace {

template <typename E>
struct Words
{
    E value;
    // The first is what the exporter writes. A vector, not an initializer_list: the list's array would
    // not outlive the initialization of the static tables below.
    std::vector<const char16_t*> words;
};

template <typename E>
const QList<Words<E>>& table();

template <>
const QList<Words<Sex>>& table<Sex>()
{
    static const QList<Words<Sex>> t = {{Sex::Male, {u"男", u"男性"}}, {Sex::Female, {u"女", u"女性"}}};
    return t;
}

template <>
const QList<Words<Relationship>>& table<Relationship>()
{
    using R = Relationship;
    static const QList<Words<R>> t = {
        // After GB/T 4761-2008 家庭关系代码, folded into the registry's terms: its 父母 group holds 公公,
        // 婆婆, 岳父 and 岳母; its 兄弟姐妹 group holds their spouses (嫂, 弟媳, 姐夫, 妹夫); 侄, 甥, uncles,
        // aunts and cousins are its 其他亲属.
        {R::Head, {u"户主", u"本人", u"户主本人"}},
        {R::Spouse, {u"配偶", u"妻", u"夫", u"妻子", u"丈夫", u"之妻", u"之夫", u"爱人", u"老伴"}},
        {R::Son, {u"子", u"儿子", u"之子", u"独生子", u"养子", u"继子", u"养子或继子"}},
        {R::Daughter, {u"女", u"女儿", u"之女", u"独生女", u"养女", u"继女", u"养女或继女"}},
        {R::Grandson,
         {u"孙子", u"孙", u"外孙", u"外孙子", u"之孙", u"长孙", u"曾孙", u"曾孙子", u"外曾孙子"}},
        {R::Granddaughter, {u"孙女", u"外孙女", u"之孙女", u"曾孙女", u"外曾孙女"}},
        {R::Parent,
         {u"父母", u"父亲", u"母亲", u"父", u"母", u"爸爸", u"妈妈", u"公公", u"婆婆", u"岳父", u"岳母",
          u"继父", u"继母", u"养父", u"养母", u"继父或养父", u"继母或养母", u"其他父母关系"}},
        {R::Grandparent,
         {u"祖父母", u"祖父", u"祖母", u"外祖父", u"外祖母", u"爷爷", u"奶奶", u"外公", u"外婆",
          u"祖父母或外祖父母", u"曾祖父", u"曾祖母"}},
        {R::Sibling,
         {u"兄弟姐妹", u"兄",   u"弟",   u"姐",   u"妹",   u"哥哥", u"弟弟", u"姐姐",        u"妹妹",
          u"兄弟",     u"姐妹", u"兄妹", u"姐弟", u"哥",   u"兄长", u"胞兄", u"胞弟",        u"胞姐",
          u"胞妹",     u"嫂",   u"嫂子", u"弟媳", u"弟妹", u"姐夫", u"妹夫", u"其他兄弟姐妹"}},
        {R::DaughterInLaw, {u"儿媳", u"媳妇", u"儿媳妇", u"之媳", u"长媳", u"次媳"}},
        {R::SonInLaw, {u"女婿", u"之婿", u"上门女婿", u"入赘女婿"}},
        {R::Other,
         {u"其他",   u"其它", u"其他亲属", u"其他成员",   u"侄子",       u"侄女",  u"外甥", u"外甥女",
          u"孙媳妇", u"孙媳", u"外孙媳妇", u"孙女婿",     u"外孙女婿",   u"伯父",  u"伯母", u"叔父",
          u"叔叔",   u"婶母", u"婶婶",     u"舅父",       u"舅舅",       u"舅母",  u"姨父", u"姨母",
          u"姑父",   u"姑母", u"姑姑",     u"堂兄弟姐妹", u"表兄弟姐妹", u"堂兄",  u"堂弟", u"堂姐",
          u"堂妹",   u"表兄", u"表弟",     u"表姐",       u"表妹",       u"非亲属"}},
    };
    return t;
}

template <>
const QList<Words<PersonState>>& table<PersonState>()
{
    static const QList<Words<PersonState>> t = {
        {PersonState::Active, {u"在册", u"正常", u"在籍"}},
        {PersonState::MovedAway, {u"迁出", u"已迁出", u"外迁"}},
        {PersonState::Deceased, {u"死亡", u"已死亡", u"去世", u"已故"}},
    };
    return t;
}

template <>
const QList<Words<Education>>& table<Education>()
{
    using E = Education;
    static const QList<Words<E>> t = {
        {E::None, {u"未上学", u"文盲", u"文盲或半文盲", u"文盲半文盲", u"无"}},
        {E::Primary, {u"小学"}},
        {E::JuniorSecondary, {u"初中"}},
        {E::SeniorSecondary, {u"高中"}},
        {E::Vocational, {u"中专/职高", u"中专", u"职高", u"中职", u"技校", u"中专或职高"}},
        {E::College, {u"大专", u"专科", u"高职"}},
        {E::Bachelor, {u"本科", u"大学本科", u"大学"}},
        {E::Postgraduate, {u"研究生", u"硕士", u"博士"}},
        {E::Unknown, {u"", u"未填写", u"不详"}},
    };
    return t;
}

template <>
const QList<Words<Health>>& table<Health>()
{
    static const QList<Words<Health>> t = {
        {Health::Healthy, {u"健康", u"良好"}},
        {Health::Chronic, {u"长期慢性病", u"慢性病"}},
        {Health::SeriousIllness, {u"患有大病", u"大病", u"重病"}},
        {Health::Disabled, {u"残疾", u"残疾人"}},
    };
    return t;
}

template <>
const QList<Words<LabourCapacity>>& table<LabourCapacity>()
{
    using L = LabourCapacity;
    static const QList<Words<L>> t = {
        {L::Ordinary, {u"普通劳动力", u"普通"}},
        {L::Skilled, {u"技能劳动力", u"技能"}},
        {L::Weak, {u"弱劳动力或半劳动力", u"弱劳动力", u"半劳动力"}},
        {L::Lost, {u"丧失劳动力"}},
        {L::None, {u"无劳动力"}},
    };
    return t;
}

QString clean(QStringView word)
{
    QString out;
    for (QChar c : word) {
        if (!c.isSpace() && c != QChar(0x3000))
            out.append(c);
    }
    return out;
}

} // namespace

template <typename E>
QString RosterVocabulary::word(E value)
{
    for (const auto& entry : table<E>()) {
        if (entry.value == value)
            return QString::fromUtf16(entry.words.front());
    }
    return {};
}

template <typename E>
std::optional<E> RosterVocabulary::fromWord(QStringView text)
{
    const QString key = clean(text);
    for (const auto& entry : table<E>()) {
        for (const char16_t* w : entry.words) {
            if (key == QString::fromUtf16(w))
                return entry.value;
        }
    }
    if constexpr (std::is_same_v<E, Relationship>) {
        // 长子, 次女, 三子 … : the order of birth before 子 or 女.
        static const QRegularExpression ordinal(QStringLiteral("^[长次二三四五六七八九十小大]([子女])$"));
        const QRegularExpressionMatch m = ordinal.match(key);
        if (m.hasMatch())
            return m.captured(1) == QStringLiteral("子") ? Relationship::Son : Relationship::Daughter;
    }
    // The English key or label is understood too, so a file exported from an English session reads back.
    return enumFromText<E>(key);
}

#define ANJU_INSTANTIATE_VOCABULARY(E)                                                                     \
    template QString RosterVocabulary::word<E>(E);                                                         \
    template std::optional<E> RosterVocabulary::fromWord<E>(QStringView);

ANJU_INSTANTIATE_VOCABULARY(Sex)
ANJU_INSTANTIATE_VOCABULARY(Relationship)
ANJU_INSTANTIATE_VOCABULARY(PersonState)
ANJU_INSTANTIATE_VOCABULARY(Education)
ANJU_INSTANTIATE_VOCABULARY(Health)
ANJU_INSTANTIATE_VOCABULARY(LabourCapacity)

} // namespace anju::exchange
