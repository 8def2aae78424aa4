#include "demo/ShaoyangPlaces.h"

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

QPair<QString, int> share(const char* code, int weight)
{
    return {QString::fromLatin1(code), weight};
}

QList<County> makeCounties()
{
    const QList<QPair<QString, int>> mostlyHan = {share("01", 96), share("03", 2), share("06", 2)};
    return {
        {QStringLiteral("430502"), QStringLiteral("双清区"), 2,
         strings({u"龙须塘街道", u"汽车站街道", u"小江湖街道", u"东风路街道", u"兴隆街道", u"滑石街道",
                  u"火车站乡", u"高崇山镇", u"渡头桥镇"}),
         mostlyHan},
        {QStringLiteral("430503"), QStringLiteral("大祥区"), 2,
         strings({u"城西街道", u"城南街道", u"中心街道", u"红旗路街道", u"学院路街道", u"檀江街道",
                  u"雨溪街道", u"蔡锷乡", u"罗市镇", u"板桥乡"}),
         mostlyHan},
        {QStringLiteral("430511"), QStringLiteral("北塔区"), 1,
         strings({u"田江街道", u"茶元头街道", u"状元洲街道", u"新滩镇街道", u"陈家桥乡"}), mostlyHan},
        {QStringLiteral("430522"), QStringLiteral("新邵县"), 9,
         strings({u"酿溪镇", u"严塘镇", u"雀塘镇", u"陈家坊镇", u"潭府乡", u"寸石镇", u"坪上镇", u"巨口铺镇",
                  u"迎光乡", u"大新镇", u"龙溪铺镇", u"太芝庙镇", u"小塘镇", u"新田铺镇", u"龙山镇"}),
         mostlyHan},
        {QStringLiteral("430523"), QStringLiteral("邵阳县"), 10,
         strings({u"塘渡口镇", u"白仓镇", u"金称市镇", u"塘田市镇", u"黄亭市镇", u"长阳铺镇", u"岩口铺镇",
                  u"九公桥镇", u"下花桥镇", u"谷洲镇", u"郦家坪镇", u"五峰铺镇", u"小溪市乡", u"长乐乡",
                  u"蔡桥乡", u"河伯乡", u"黄荆乡", u"诸甲亭乡", u"罗城乡"}),
         mostlyHan},
        {QStringLiteral("430524"),
         QStringLiteral("隆回县"),
         16,
         strings({u"桃洪镇",   u"小沙江镇", u"金石桥镇",    u"司门前镇", u"高平镇", u"六都寨镇",
                  u"荷香桥镇", u"横板桥镇", u"周旺镇",      u"滩头镇",   u"鸭田镇", u"西洋江镇",
                  u"岩口镇",   u"北山镇",   u"三阁司镇",    u"南岳庙镇", u"七江镇", u"羊古坳镇",
                  u"罗洪镇",   u"麻塘山乡", u"虎形山瑶族乡"}),
         {share("01", 90), share("13", 8), share("06", 1), share("03", 1)}},
        {QStringLiteral("430525"),
         QStringLiteral("洞口县"),
         12,
         strings({u"洞口镇", u"高沙镇", u"竹市镇", u"石江镇", u"黄桥镇", u"山门镇", u"醪田镇", u"花园镇",
                  u"岩山镇", u"水东镇", u"江口镇", u"毓兰镇", u"石柱镇", u"月溪镇", u"罗溪瑶族乡",
                  u"长塘瑶族乡", u"大屋瑶族乡", u"那溪瑶族乡"}),
         {share("01", 88), share("13", 10), share("06", 1), share("12", 1)}},
        {QStringLiteral("430527"),
         QStringLiteral("绥宁县"),
         10,
         strings({u"长铺镇", u"红岩镇", u"武阳镇", u"李熙桥镇", u"金屋塘镇", u"瓦屋塘镇", u"黄土矿镇",
                  u"唐家坊镇", u"东山侗族乡", u"鹅公岭侗族苗族乡", u"寨市苗族侗族乡", u"乐安铺苗族侗族乡",
                  u"关峡苗族乡", u"麻塘苗族瑶族乡", u"枫木团苗族侗族乡"}),
         {share("01", 50), share("06", 33), share("12", 15), share("13", 2)}},
        {QStringLiteral("430528"),
         QStringLiteral("新宁县"),
         9,
         strings({u"金石镇", u"回龙寺镇", u"崀山镇", u"水庙镇", u"一渡水镇", u"马头桥镇", u"丰田乡",
                  u"高桥镇", u"清江桥乡", u"万塘乡", u"巡田乡", u"黄龙镇", u"安山乡", u"麻林瑶族乡",
                  u"黄金瑶族乡"}),
         {share("01", 87), share("13", 10), share("03", 2), share("06", 1)}},
        {QStringLiteral("430529"),
         QStringLiteral("城步苗族自治县"),
         11,
         strings({u"儒林镇", u"丹口镇", u"西岩镇", u"茅坪镇", u"长安营镇", u"白毛坪镇", u"五团镇", u"南山镇",
                  u"威溪乡", u"蒋坊乡", u"汀坪乡", u"兰蓉乡"}),
         {share("06", 55), share("01", 35), share("13", 5), share("12", 5)}},
        {QStringLiteral("430581"),
         QStringLiteral("武冈市"),
         9,
         strings({u"辕门口街道", u"湾头桥镇", u"文坪镇", u"荆竹铺镇", u"邓元泰镇", u"邓家铺镇", u"司马冲镇",
                  u"秦桥镇", u"双牌镇", u"马坪乡", u"水浸坪乡", u"大甸镇", u"稠树塘镇", u"龙溪镇"}),
         {share("01", 94), share("03", 3), share("06", 3)}},
        {QStringLiteral("430582"), QStringLiteral("邵东市"), 9,
         strings({u"两市塘街道", u"宋家塘街道", u"大禾塘街道", u"廉桥镇",   u"流光岭镇",
                  u"流泽镇",     u"魏家桥镇",   u"野鸡坪镇",   u"火厂坪镇", u"仙槎桥镇",
                  u"黑田铺镇",   u"牛马司镇",   u"杨桥镇",     u"砂石镇",   u"团山镇",
                  u"佘田桥镇",   u"斫曹乡",     u"灵官殿镇",   u"周官桥乡", u"简家陇镇"}),
         mostlyHan},
    };
}

} // namespace

const QList<County>& ShaoyangPlaces::counties()
{
    static const QList<County> all = makeCounties();
    return all;
}

const County& ShaoyangPlaces::county(const QString& code)
{
    for (const County& c : counties()) {
        if (c.code == code)
            return c;
    }
    return counties().constFirst();
}

const County& ShaoyangPlaces::drawCounty(Random& random)
{
    static const QList<int> weights = [] {
        QList<int> w;
        for (const County& c : counties())
            w.append(c.siteWeight);
        return w;
    }();
    return counties().at(random.weighted(weights));
}

QString ShaoyangPlaces::drawEthnicity(Random& random, const County& county)
{
    int x = random.between(0, 99);
    for (const auto& [code, weight] : county.ethnicities) {
        if (x < weight)
            return code;
        x -= weight;
    }
    return county.ethnicities.constFirst().first;
}

const QStringList& ShaoyangPlaces::villageStems()
{
    // Stems built from the syllables Hunan village names are made of: 石桥, 枫木冲, 杉树坪 …
    static const QStringList stems = [] {
        const QStringList first =
            strings({u"石", u"竹", u"龙", u"枫木", u"杉树", u"白", u"黄泥", u"新", u"高", u"长",
                     u"大", u"小", u"青", u"桃",   u"花",   u"梅", u"松",   u"柏", u"金", u"马",
                     u"牛", u"凤", u"荷", u"茶",   u"桐",   u"樟", u"双",   u"银", u"岩", u"水"});
        const QStringList second =
            strings({u"桥", u"山", u"潭", u"塘", u"坪", u"溪", u"冲", u"湾", u"田", u"岭",
                     u"江", u"坳", u"源", u"园", u"林", u"头", u"口", u"湖", u"峰", u"铺"});
        QStringList all;
        all.reserve(first.size() * second.size());
        for (const QString& a : first) {
            for (const QString& b : second)
                all.append(a + b);
        }
        return all;
    }();
    return stems;
}

const QStringList& ShaoyangPlaces::siteSuffixes()
{
    static const QStringList suffixes =
        strings({u"幸福家园", u"安康小区", u"移民新村", u"安居小区", u"和谐家园", u"幸福小区", u"美丽新村",
                 u"同心家园", u"阳光小区", u"富民新村", u"易地扶贫搬迁安置小区", u"锦绣家园", u"康居小区",
                 u"新城安置区", u"福园小区", u"感恩小区", u"振兴家园", u"惠民小区"});
    return suffixes;
}

const QStringList& ShaoyangPlaces::roadNames()
{
    static const QStringList roads =
        strings({u"建设路", u"人民路", u"解放路", u"新华路", u"振兴路", u"幸福路", u"和平路",
                 u"迎宾路", u"滨江路", u"文化路", u"青年路", u"工业路", u"安居路", u"民主路",
                 u"团结路", u"育才路", u"云峰路", u"梅园路", u"五一路", u"长征路"});
    return roads;
}

QString ShaoyangPlaces::townStem(const QString& township)
{
    static const QStringList endings = strings({u"苗族侗族乡", u"侗族苗族乡", u"苗族瑶族乡", u"瑶族乡",
                                                u"苗族乡", u"侗族乡", u"街道", u"镇", u"乡"});
    for (const QString& ending : endings) {
        if (township.endsWith(ending) && township.size() > ending.size())
            return township.left(township.size() - ending.size());
    }
    return township;
}

} // namespace anju::demo
