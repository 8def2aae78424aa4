#include "demo/ChineseNames.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

namespace anju::demo {

namespace {

QStringList strings(std::initializer_list<const char16_t*> items)
{
    QStringList list;
    list.reserve(int(items.size()));
    for (const char16_t* item : items)
        list.append(QString::fromUtf16(item));
    return list;
}

struct Surnames
{
    QStringList names;
    QList<int> weights;
};

const Surnames& surnames()
{
    // Rough weights for Shaoyang: 刘, 李, 王, 陈 lead; 欧阳 is the compound surname people meet there.
    static const Surnames table = [] {
        const std::initializer_list<std::pair<const char16_t*, int>> rows = {
            {u"刘", 100}, {u"李", 80}, {u"王", 70}, {u"陈", 70}, {u"张", 60}, {u"罗", 50}, {u"周", 50},
            {u"唐", 50},  {u"曾", 40}, {u"谢", 40}, {u"彭", 40}, {u"邓", 40}, {u"肖", 40}, {u"杨", 40},
            {u"胡", 30},  {u"黄", 30}, {u"赵", 30}, {u"蒋", 30}, {u"易", 30}, {u"谭", 30}, {u"吴", 30},
            {u"龙", 20},  {u"袁", 20}, {u"伍", 20}, {u"阳", 20}, {u"申", 15}, {u"邹", 20}, {u"段", 20},
            {u"戴", 20},  {u"夏", 20}, {u"雷", 20}, {u"何", 20}, {u"贺", 20}, {u"尹", 20}, {u"廖", 20},
            {u"朱", 20},  {u"宁", 10}, {u"钟", 10}, {u"孙", 10}, {u"姚", 10}, {u"舒", 10}, {u"向", 10},
            {u"石", 10},  {u"苏", 10}, {u"田", 10}, {u"曹", 10}, {u"文", 10}, {u"方", 10}, {u"许", 10},
            {u"郑", 10},  {u"马", 10}, {u"蓝", 5},  {u"盘", 5},  {u"奉", 5},  {u"沈", 5},  {u"欧阳", 8},
            {u"邱", 10},  {u"任", 10}, {u"郭", 10}, {u"余", 10},
        };
        Surnames t;
        for (const auto& [name, weight] : rows) {
            t.names.append(QString::fromUtf16(name));
            t.weights.append(weight);
        }
        return t;
    }();
    return table;
}

enum class Era
{
    Before1970,
    Before1995,
    Since1995
};

Era eraOf(int birthYear)
{
    if (birthYear < 1970)
        return Era::Before1970;
    return birthYear < 1995 ? Era::Before1995 : Era::Since1995;
}

const QStringList& givenNames(Sex sex, Era era)
{
    static const QStringList maleOld = strings(
        {u"建国", u"建华", u"国强", u"志强", u"德明", u"光明", u"学文", u"永福", u"长生", u"福生", u"金生",
         u"春生", u"文华", u"国庆", u"建军", u"建平", u"振华", u"桂生", u"和平", u"志明", u"国华", u"明亮",
         u"海清", u"正国", u"德华", u"庆云", u"秋生", u"满堂", u"国平", u"树林", u"冬生", u"运生", u"新民",
         u"绍华", u"光辉", u"卫东", u"跃进", u"红军", u"先进", u"炳南", u"松林", u"贵生"});
    static const QStringList maleMiddle =
        strings({u"伟",   u"强",   u"勇",   u"军",   u"磊",   u"斌",   u"涛",   u"杰",   u"鹏",   u"辉",
                 u"波",   u"刚",   u"志勇", u"海涛", u"小军", u"建波", u"俊杰", u"文斌", u"晓东", u"伟华",
                 u"红兵", u"立新", u"永强", u"国栋", u"世杰", u"家明", u"宏亮", u"春林", u"小平", u"鹏飞",
                 u"少华", u"云龙", u"浩",   u"亮",   u"建新", u"志刚", u"海波", u"小兵", u"文武", u"德胜"});
    static const QStringList maleYoung =
        strings({u"子轩", u"浩然", u"宇航", u"梓豪", u"俊熙", u"一鸣", u"皓轩", u"博文", u"思远",
                 u"子豪", u"宇轩", u"泽宇", u"嘉豪", u"睿",   u"浩宇", u"天佑", u"明轩", u"子墨",
                 u"铭",   u"奕辰", u"鑫",   u"煜",   u"晨阳", u"佳豪", u"锦程", u"宇",   u"乐",
                 u"诚",   u"安然", u"俊宇", u"文博", u"梓睿", u"志豪", u"家乐", u"星宇", u"瑞"});
    static const QStringList femaleOld = strings(
        {u"秀英", u"桂兰", u"玉兰", u"凤英", u"桂英", u"秀兰", u"冬梅", u"淑珍", u"春花", u"翠花", u"金花",
         u"玉梅", u"桂香", u"菊英", u"兰英", u"秀珍", u"满秀", u"春秀", u"爱华", u"桂芝", u"凤兰", u"玉珍",
         u"莲英", u"银花", u"腊梅", u"月娥", u"美英", u"巧云", u"素珍", u"红英", u"三妹", u"满妹"});
    static const QStringList femaleMiddle =
        strings({u"丽", u"芳",   u"娟",   u"敏",   u"燕",   u"霞",   u"静",   u"艳",   u"玲",
                 u"红", u"小红", u"丽华", u"海燕", u"春燕", u"晓燕", u"丽娟", u"美玲", u"秀丽",
                 u"慧", u"婷",   u"建英", u"小燕", u"金凤", u"艳红", u"雪梅", u"红梅", u"玉霞",
                 u"丹", u"娜",   u"琴",   u"丽萍", u"小芳", u"春兰", u"艳芳"});
    static const QStringList femaleYoung = strings(
        {u"欣怡", u"梓涵", u"诗涵", u"子涵", u"雨欣", u"佳怡", u"可馨", u"一诺", u"思琪", u"梦瑶", u"雨萱",
         u"紫涵", u"悦",   u"琪",   u"婉清", u"语嫣", u"心怡", u"若曦", u"佳琪", u"欣妍", u"梓萱", u"雅琪",
         u"诗琪", u"晨曦", u"雨桐", u"甜",   u"可欣", u"安琪", u"思雨", u"妍",   u"梦洁", u"雅婷"});
    const bool male = sex == Sex::Male;
    switch (era) {
    case Era::Before1970:
        return male ? maleOld : femaleOld;
    case Era::Before1995:
        return male ? maleMiddle : femaleMiddle;
    case Era::Since1995:
        break;
    }
    return male ? maleYoung : femaleYoung;
}

} // namespace

QString ChineseNames::surname(Random& random)
{
    const Surnames& table = surnames();
    return table.names.at(random.weighted(table.weights));
}

QString ChineseNames::otherSurname(Random& random, const QString& other)
{
    QString name = surname(random);
    if (name == other)
        name = surname(random); // the same surname in a couple happens, just less often
    return name;
}

QString ChineseNames::givenName(Random& random, Sex sex, int birthYear)
{
    return random.pick(givenNames(sex, eraOf(birthYear)));
}

} // namespace anju::demo
