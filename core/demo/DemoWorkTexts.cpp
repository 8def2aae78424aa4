#include "demo/DemoWorkTexts.h"

#include <initializer_list>
#include <utility>

namespace anju::demo {

using work::AbsenceReason;
using work::PostKind;

namespace {

QStringList strings(std::initializer_list<const char16_t*> items)
{
    QStringList list;
    list.reserve(int(items.size()));
    for (const char16_t* item : items)
        list.append(QString::fromUtf16(item));
    return list;
}

} // namespace

const QList<WorkshopTrade>& DemoWorkTexts::workshopTrades()
{
    static const QList<WorkshopTrade> trades = [] {
        QList<WorkshopTrade> list;
        for (const auto& [trade, stem] : std::initializer_list<std::pair<const char16_t*, const char16_t*>>{
                 {u"服装加工", u"锦绣"},
                 {u"电子元件组装", u"华信"},
                 {u"假发制品", u"瑞美"},
                 {u"箱包加工", u"宏达"},
                 {u"竹木制品", u"青竹"},
                 {u"鞋帽加工", u"步步高"},
                 {u"农产品加工", u"湘味"},
                 {u"玩具组装", u"乐童"},
                 {u"打火机配件", u"东塘"},
             })
            list.append({QString::fromUtf16(trade), QString::fromUtf16(stem)});
        return list;
    }();
    return trades;
}

const QList<TrainingTrade>& DemoWorkTexts::trainingTrades()
{
    static const QList<TrainingTrade> trades = {
        {QStringLiteral("家政服务"), 40, 80, QStringLiteral("家政服务员职业技能等级证书（五级）"),
         QStringLiteral("县城及长沙家政企业用工缺口")},
        {QStringLiteral("电工"), 80, 120, QStringLiteral("电工职业技能等级证书（五级）"),
         QStringLiteral("产业园企业设备维护岗位")},
        {QStringLiteral("焊工"), 80, 120, QStringLiteral("焊工职业技能等级证书（五级）"),
         QStringLiteral("珠三角制造企业焊接岗位")},
        {QStringLiteral("中式烹调"), 60, 100, QStringLiteral("中式烹调师职业技能等级证书（五级）"),
         QStringLiteral("县城餐饮企业厨师岗位")},
        {QStringLiteral("电子商务"), 40, 80, QStringLiteral("专项职业能力证书（农村电商）"),
         QStringLiteral("农特产品网络销售、直播带货")},
        {QStringLiteral("养老护理"), 60, 100, QStringLiteral("养老护理员职业技能等级证书（五级）"),
         QStringLiteral("县乡养老机构护理员需求")},
        {QStringLiteral("挖掘机操作"), 80, 120, QStringLiteral("挖掘机驾驶员专项职业能力证书"),
         QStringLiteral("基建和以工代赈项目机械操作手")},
        {QStringLiteral("育婴员"), 40, 80, QStringLiteral("育婴员职业技能等级证书（五级）"),
         QStringLiteral("城市母婴护理服务需求")},
        {QStringLiteral("服装缝纫"), 40, 60, QString(), QStringLiteral("帮扶车间服装加工订单")},
        {QStringLiteral("农业实用技术"), 40, 60, QString(), QStringLiteral("安置点周边特色种养产业")},
    };
    return trades;
}

const QStringList& DemoWorkTexts::companyStems()
{
    static const QStringList list = strings({u"鸿达", u"立讯", u"华腾", u"宏图", u"永兴", u"伟创", u"金辉",
                                             u"新亚", u"富源", u"恒通", u"安顺", u"盛世", u"天成", u"湘江"});
    return list;
}

const QStringList& DemoWorkTexts::companyEndings()
{
    static const QStringList list =
        strings({u"服饰有限公司", u"电子有限公司", u"实业有限公司", u"科技有限公司", u"农业开发有限公司"});
    return list;
}

const QStringList& DemoWorkTexts::exportSectors()
{
    static const QStringList list = strings({u"电子", u"精密制造", u"服装", u"鞋业", u"五金制品", u"物流",
                                             u"建筑工程", u"家具", u"食品", u"汽车配件"});
    return list;
}

const QStringList& DemoWorkTexts::labourAgencies()
{
    static const QStringList list =
        strings({u"人力资源服务有限公司", u"劳务服务有限公司", u"劳务合作社", u"就业服务站"});
    return list;
}

const QStringList& DemoWorkTexts::transports()
{
    static const QStringList list = strings({u"大巴包车", u"大巴包车", u"高铁专列", u"务工专列"});
    return list;
}

const QStringList& DemoWorkTexts::batchOrganisers()
{
    static const QStringList list = strings({u"人力资源和社会保障局", u"就业服务中心", u"驻粤劳务协作站"});
    return list;
}

const QStringList& DemoWorkTexts::reliefProjects()
{
    static const QStringList list = strings({u"农村公路硬化", u"高标准农田建设", u"小型水利设施",
                                             u"村组道路改造", u"安置点配套设施", u"河道整治"});
    return list;
}

const QStringList& DemoWorkTexts::parks()
{
    static const QStringList list =
        strings({u"经济开发区", u"工业集中区", u"高新技术产业园", u"农业科技园", u"物流园"});
    return list;
}

const QStringList& DemoWorkTexts::scenicAreas()
{
    static const QStringList list = strings({u"崀山景区", u"南山国家公园", u"云山国家森林公园", u"白水洞景区",
                                             u"虎形山花瑶景区", u"黄桑生态旅游区"});
    return list;
}

const QStringList& DemoWorkTexts::businesses()
{
    static const QStringList list = strings({u"早餐店", u"小超市", u"理发店", u"电动车维修", u"快递代收点",
                                             u"网店销售土特产", u"特色养殖", u"小吃摊", u"裁缝店"});
    return list;
}

const QStringList& DemoWorkTexts::flexibleWork()
{
    static const QStringList list = strings(
        {u"零工市场", u"外卖配送", u"装修零工", u"家政钟点工", u"农忙季节工", u"快递分拣", u"搬运装卸"});
    return list;
}

const QStringList& DemoWorkTexts::wishPlaces()
{
    static const QStringList list =
        strings({u"县城", u"本安置点附近", u"广东省", u"浙江省", u"长沙市", u"不限"});
    return list;
}

const QStringList& DemoWorkTexts::wishedWork()
{
    static const QStringList list = strings(
        {u"电子厂普工", u"车间计件", u"保安、门卫", u"货车司机", u"餐饮服务员", u"建筑工地", u"家政服务"});
    return list;
}

const QStringList& DemoWorkTexts::endReasons()
{
    static const QStringList list = strings({u"合同到期", u"个人原因", u"工厂订单减少", u"换工作"});
    return list;
}

const QStringList& DemoWorkTexts::courseOrganisers()
{
    static const QStringList list = strings({u"人力资源和社会保障局", u"就业服务中心", u"职业中等专业学校"});
    return list;
}

const QStringList& DemoWorkTexts::trainingSchools()
{
    static const QStringList list = strings({u"邵阳市湘中职业培训学校", u"邵阳市宝庆职业技能培训学校",
                                             u"邵阳市资江职业培训学校", u"邵阳技师学院"});
    return list;
}

const QStringList& DemoWorkTexts::cooperatives()
{
    static const QStringList list =
        strings({u"种养专业合作社", u"油茶专业合作社", u"中药材种植专业合作社", u"肉牛养殖专业合作社",
                 u"茶叶专业合作社", u"蔬菜种植专业合作社"});
    return list;
}

const QStringList& DemoWorkTexts::householdProjects()
{
    static const QStringList list = strings({u"黑山羊养殖", u"湘西黄牛养殖", u"蛋鸡养殖", u"生猪养殖",
                                             u"脐橙种植", u"金银花种植", u"蜜蜂养殖", u"竹编加工"});
    return list;
}

const QStringList& DemoWorkTexts::absenceNotes(AbsenceReason reason)
{
    static const QStringList studying = strings({u"参加成人学历教育", u"技工学校脱产学习", u"参加驾驶培训"});
    static const QStringList caring = strings({u"照顾年幼子女", u"照料卧床老人", u"照顾残疾家属", u"陪读"});
    static const QStringList ill = strings({u"慢性病治疗", u"术后康复", u"重病住院治疗"});
    static const QStringList other = strings({u"怀孕待产", u"在家务农", u"等待入伍", u"外出情况不明"});
    switch (reason) {
    case AbsenceReason::Studying:
        return studying;
    case AbsenceReason::Caring:
        return caring;
    case AbsenceReason::Ill:
        return ill;
    case AbsenceReason::Other:
        break;
    }
    return other;
}

QString DemoWorkTexts::postName(PostKind kind, const QString& siteName, const QString& townStem)
{
    switch (kind) {
    case PostKind::CleaningGreening:
        return siteName + QStringLiteral("保洁护绿岗");
    case PostKind::Security:
        return siteName + QStringLiteral("治安协管岗");
    case PostKind::ForestRanger:
        return townStem + QStringLiteral("生态护林员");
    case PostKind::ProjectMaintenance:
        return siteName + QStringLiteral("配套设施管护岗");
    case PostKind::Other:
        break;
    }
    return siteName + QStringLiteral("公共服务岗（就业信息员）");
}

} // namespace anju::demo
