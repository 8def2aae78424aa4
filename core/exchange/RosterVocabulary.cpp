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
        {R::Head, {u"户主", u"本人", u"户主本人"}},
        {R::Spouse, {u"配偶", u"妻", u"夫", u"妻子", u"丈夫", u"之妻", u"之夫", u"爱人"}},
        {R::Son, {u"子", u"儿子", u"之子", u"独生子", u"养子", u"继子"}},
        {R::Daughter, {u"女", u"女儿", u"之女", u"独生女", u"养女", u"继女"}},
        {R::Grandson, {u"孙子", u"孙", u"外孙", u"外孙子"}},
        {R::Granddaughter, {u"孙女", u"外孙女"}},
        {R::Parent, {u"父母", u"父亲", u"母亲", u"父", u"母"}},
        {R::Grandparent, {u"祖父母", u"祖父", u"祖母", u"外祖父", u"外祖母", u"爷爷", u"奶奶"}},
        {R::Sibling, {u"兄弟姐妹", u"兄", u"弟", u"姐", u"妹", u"哥哥", u"弟弟", u"姐姐", u"妹妹"}},
        {R::DaughterInLaw, {u"儿媳", u"媳妇", u"儿媳妇", u"之媳"}},
        {R::SonInLaw, {u"女婿", u"之婿"}},
        {R::Other, {u"其他", u"其它", u"其他亲属", u"其他成员"}},
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
