// The audit trail read as sentences (issue 15): every audited table and action as a manager reads it,
// with the names of the records, money in 元, coded values by their words, fields in the forms' order;
// then the same on a real trail of both engines, names looked up per page, masked for the secretary.
#include "TestDatabase.h"

#include "Translations.h"
#include "audit/AuditLog.h"
#include "audittext/AuditNarrator.h"
#include "database/Database.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace anju;
using anju::test::makeIdNumber;
using anju::test::makePerson;

namespace {

// The records the table's rows refer to, as AuditNames::lookUp would find them.
AuditNames knownNames()
{
    AuditNames n;
    n.setName(QStringLiteral("households"), 7, {QStringLiteral("430524001-0007（王建国）"), false});
    n.setName(QStringLiteral("households"), 99, {QStringLiteral("430524001-0099"), true});
    n.setName(QStringLiteral("persons"), 71, {QStringLiteral("王建国"), false});
    n.setName(QStringLiteral("persons"), 72, {QStringLiteral("李芳"), false});
    n.setName(QStringLiteral("party_members"), 5, {QStringLiteral("余敏"), false});
    n.setName(QStringLiteral("party_members"), 6, {QStringLiteral("张三"), false});
    n.setName(QStringLiteral("party_members"), 7, {QStringLiteral("李四"), false});
    n.setName(QStringLiteral("sites"), 1, {QStringLiteral("阳光小区"), false});
    n.setName(QStringLiteral("sites"), 11, {QStringLiteral("朝阳小区"), false});
    n.setName(QStringLiteral("buildings"), 2, {QStringLiteral("阳光小区 3栋"), false});
    n.setName(QStringLiteral("dwellings"), 3, {QStringLiteral("3栋2单元301"), false});
    n.setName(QStringLiteral("party_organisations"), 4, {QStringLiteral("阳光小区党支部"), false});
    n.setName(QStringLiteral("party_organisations"), 40, {QStringLiteral("城关镇党委"), false});
    n.setName(QStringLiteral("party_meetings"), 8,
              {QStringLiteral("2026-11-05 支部党员大会（阳光小区党支部）"), false});
    n.setName(QStringLiteral("users"), 3, {QStringLiteral("secretary（党务）"), false});
    n.setName(QStringLiteral("party_site_assignments"), 9, {QStringLiteral("市农业局驻村工作队"), false});
    n.setName(QStringLiteral("grids"), 10, {QStringLiteral("第一网格"), false});
    n.setName(QStringLiteral("building_units"), 12, {QStringLiteral("3栋2单元"), false});
    n.setName(QStringLiteral("grid_staff"), 13, {QStringLiteral("张伟（网格员）"), false});
    n.setName(QStringLiteral("pairings"), 14, {QStringLiteral("430524001-0007 – 余敏"), false});
    n.setName(QStringLiteral("person_care_categories"), 15, {QStringLiteral("王建国（住院）"), false});
    n.setName(QStringLiteral("household_care_marks"), 16,
              {QStringLiteral("430524001-0007（困难家庭）"), false});
    n.setName(QStringLiteral("grid_cases"), 17, {QStringLiteral("2026-11-05 楼上漏水"), false});
    n.setName(QStringLiteral("visit_tasks"), 18, {QStringLiteral("四必访（住院，2026-12-01 起）"), false});
    n.setName(QStringLiteral("visits"), 19, {QStringLiteral("2026-12-03 日常走访"), false});
    n.setName(QStringLiteral("party_groups"), 21, {QStringLiteral("第一党小组（阳光小区党支部）"), false});
    // Updates keep only the changed columns: what such a row belongs to is read from the row itself.
    for (const char* table : {"party_stage_steps", "party_member_states", "party_branch_stays",
                              "party_dues_bases", "party_dues_payments", "party_transfers"})
        n.setKey(QLatin1String(table), 20, QStringLiteral("member_id"), 5);
    n.setKey(QStringLiteral("party_committee_seats"), 20, QStringLiteral("member_id"), 5);
    n.setKey(QStringLiteral("party_committee_seats"), 20, QStringLiteral("organisation_id"), 4);
    n.setKey(QStringLiteral("party_organisation_sites"), 20, QStringLiteral("organisation_id"), 4);
    n.setKey(QStringLiteral("party_organisation_sites"), 20, QStringLiteral("site_id"), 1);
    n.setKey(QStringLiteral("party_meeting_attendance"), 20, QStringLiteral("meeting_id"), 8);
    n.setKey(QStringLiteral("party_meeting_attendance"), 20, QStringLiteral("member_id"), 7);
    n.setKey(QStringLiteral("grid_coverage"), 20, QStringLiteral("grid_id"), 10);
    n.setKey(QStringLiteral("grid_household_exceptions"), 20, QStringLiteral("household_id"), 7);
    n.setKey(QStringLiteral("pairing_contacts"), 20, QStringLiteral("pairing_id"), 14);
    n.setKey(QStringLiteral("grid_case_events"), 20, QStringLiteral("case_id"), 17);
    n.setKey(QStringLiteral("person_care_categories"), 15, QStringLiteral("person_id"), 71);
    n.setKey(QStringLiteral("household_care_marks"), 16, QStringLiteral("household_id"), 7);
    return n;
}

AuditEntry entry(const QString& user, const QString& action, const QString& type, qint64 recordId,
                 qint64 householdId, const QByteArray& changes, const QByteArray& detail = {})
{
    AuditEntry e;
    e.id = recordId;
    e.at = QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::utc());
    e.userName = user;
    e.action = action;
    e.recordType = type;
    e.recordId = recordId;
    e.householdId = householdId;
    e.changes = QJsonDocument::fromJson(changes).object();
    e.detail = QJsonDocument::fromJson(detail).object();
    return e;
}

QString sentenceOf(const AuditEntry& e)
{
    const QList<AuditSentence> s = AuditNarrator::narrate({e}, knownNames());
    return s.size() == 1 ? s.first().text : QStringLiteral("(%1 sentences)").arg(s.size());
}

const QDate Today(2026, 12, 6);

} // namespace

class TestAuditSentences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void init() { m_db = std::make_unique<test::TestDatabase>(); }

    void everyTableAndAction_data();
    void everyTableAndAction();
    void everyAuditedTableIsInTheTable();
    void everyCheckedCodeHasItsWords();
    void detailsInTheFormsOrder();
    void attendanceOfOneMeetingIsOneSentence();
    void duesMonthsOfOneMemberAreOneSentence();

    void realTrailAsSentences();
    void namesArePerPageNotPerRow();
    void deletedRecordsNamedFromTheTrail();
    void maskedForTheSecretary();
    void gridsTrailAsSentences();
    void partyGroupNamedInTheTrail();

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

void TestAuditSentences::everyTableAndAction_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("recordId");
    QTest::addColumn<qint64>("householdId");
    QTest::addColumn<QByteArray>("changes");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* user, const char* action, const char* type, qint64 id,
                        qint64 household, const char* changes, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(user) << QString::fromUtf8(action) << QString::fromUtf8(type)
                            << id << household << QByteArray(changes) << QString::fromUtf8(expected);
    };

    // Sites and buildings.
    row("sites insert", "admin", "insert", "sites", 1, 0,
        R"({"id":[null,1],"code":[null,"430524001"],"name":[null,"阳光小区"],"county_code":[null,"430524"],)"
        R"("township":[null,""],"urban":[null,1],"move_in_date":[null,"2019-09-01"],"cross_township":[null,0],)"
        R"("service_centre":[null,"one_stop"],"five_connections":[null,1]})",
        "admin 新增安置点 阳光小区：安置点编码 430524001；所在县（市、区） 隆回县（430524）；城镇安置 是；"
        "入住日期 2019-09-01；跨乡镇安置 否；服务中心 一站式服务中心；五通三化 是");
    row("sites update", "admin", "update", "sites", 1, 0,
        R"({"address":["","城关镇光明路1号"],"urban":[1,0]})",
        "admin 修改安置点 阳光小区：城镇安置 是 → 否；地址 — → 城关镇光明路1号");
    row("sites delete", "admin", "delete", "sites", 12, 0,
        R"({"id":[12,null],"code":["430524009",null],"name":["旧安置点",null],"county_code":["430524",null]})",
        "admin 删除安置点 旧安置点：安置点编码 430524009；所在县（市、区） 隆回县（430524）");
    row("buildings insert", "clerk", "insert", "buildings", 2, 0,
        R"({"id":[null,2],"site_id":[null,1],"name":[null,"3栋"],"floors":[null,6]})",
        "clerk 新增楼栋 阳光小区 3栋：安置点 阳光小区；层数 6");
    row("buildings update", "clerk", "update", "buildings", 2, 0, R"({"floors":[6,7]})",
        "clerk 修改楼栋 阳光小区 3栋：层数 6 → 7");
    row("buildings delete", "clerk", "delete", "buildings", 13, 0,
        R"({"id":[13,null],"site_id":[1,null],"name":["9栋",null],"floors":[0,null]})",
        "clerk 删除楼栋 9栋：安置点 阳光小区");

    // Households and their members.
    row("households insert", "clerk", "insert", "households", 7, 7,
        R"({"id":[null,7],"number":[null,"430524001-0007"],"site_id":[null,1],"dwelling_id":[null,3],)"
        R"("origin_county_code":[null,"430524"],"origin_township":[null,""],"relocation_date":[null,"2019-09-01"],)"
        R"("registration_moved":[null,0],"residence_permit":[null,1],"phone":[null,"13907391234"],)"
        R"("state":[null,"active"]})",
        "clerk 新增住户 430524001-0007（王建国）：安置点 阳光小区；住房 3栋2单元301；迁出县 "
        "隆回县（430524）；"
        "搬迁入住日期 2019-09-01；联系电话 13907391234；户籍已迁入 否；已办居住证 是；状态 在册");
    // The keys arrive in alphabetical order (number, phone, site_id); the sentence keeps the form's.
    row("households update", "clerk", "update", "households", 7, 7,
        R"({"number":["430524001-0070","430524001-0007"],"phone":["13907391234","13800001111"],"site_id":[11,1]})",
        "clerk 修改住户 430524001-0007（王建国）：户编号 430524001-0070 → 430524001-0007；"
        "安置点 朝阳小区 → 阳光小区；联系电话 13907391234 → 13800001111");
    row("households delete", "admin", "delete", "households", 99, 99,
        R"({"id":[99,null],"number":["430524001-0099",null],"site_id":[1,null],"state":["dissolved",null]})",
        "admin 删除住户 430524001-0099：安置点 阳光小区；状态 注销");
    row("households update, deleted since", "clerk", "update", "households", 99, 99,
        R"({"state":["active","dissolved"],"state_date":[null,"2026-11-30"]})",
        "clerk 修改已删除的住户 430524001-0099：状态 在册 → 注销；状态变更日期 — → 2026-11-30");
    row("persons insert", "clerk", "insert", "persons", 72, 7,
        R"({"id":[null,72],"household_id":[null,7],"name":[null,"李芳"],"id_number":[null,"430524197808090022"],)"
        R"("sex":[null,"female"],"birth_date":[null,"1978-08-09"],"relationship":[null,"spouse"],)"
        R"("ethnicity":[null,"01"],"education":[null,"junior"],"health":[null,"chronic"],)"
        R"("labour_capacity":[null,"weak"],"in_school":[null,0],"political_status":[null,"masses"],)"
        R"("phone":[null,""],"state":[null,"active"]})",
        "clerk 为住户 430524001-0007（王建国）新增成员 李芳：身份证号 430524197808090022；与户主关系 配偶；"
        "性别 女；出生日期 1978-08-09；民族 汉族；文化程度 初中；健康状况 长期慢性病；"
        "劳动能力 弱劳动力或半劳动力；在校生 否；政治面貌 群众；状态 在册");
    row("persons update", "clerk", "update", "persons", 72, 7,
        R"({"name":["李芳","李芳芳"],"state":["active","deceased"],"state_date":[null,"2026-11-02"]})",
        "clerk 修改住户 430524001-0007（王建国）的成员 李芳：姓名 李芳 → 李芳芳；状态 在册 → 死亡；"
        "状态变更日期 — → 2026-11-02");
    row("persons delete", "admin", "delete", "persons", 73, 7,
        R"({"id":[73,null],"household_id":[7,null],"name":["王小明",null],"relationship":["son",null]})",
        "admin 删除住户 430524001-0007（王建国）的成员 王小明：与户主关系 子");

    // Settings, users and their sites.
    row("settings insert", "admin", "insert", "settings", 0, 0,
        R"({"key":[null,"backup.keep"],"value":[null,"10"]})", "admin 新增设置项 backup.keep：值 10");
    row("settings update", "admin", "update", "settings", 0, 0, R"({"value":["10","20"]})",
        "admin 修改设置项：值 10 → 20");
    row("settings delete", "admin", "delete", "settings", 0, 0,
        R"({"key":["backup.keep",null],"value":["20",null]})", "admin 删除设置项 backup.keep：值 20");
    row("users insert", "admin", "insert", "users", 3, 0,
        R"({"id":[null,3],"name":[null,"secretary"],"display_name":[null,"余敏"],"role":[null,"secretary"],)"
        R"("active":[null,1]})",
        "admin 新增用户 secretary（党务）：姓名 余敏；角色 党务；允许登录 是");
    row("users update", "admin", "update", "users", 3, 0, R"({"active":[1,0]})",
        "admin 修改用户 secretary（党务）：允许登录 是 → 否");
    row("users delete", "admin", "delete", "users", 30, 0,
        R"({"id":[30,null],"name":["temp",null],"role":["clerk",null]})", "admin 删除用户 temp：角色 录入员");
    row("user_sites insert", "admin", "insert", "user_sites", 0, 0,
        R"({"user_id":[null,3],"site_id":[null,1]})", "admin 让用户 secretary（党务） 负责安置点 阳光小区");
    row("user_sites update", "admin", "update", "user_sites", 0, 0, R"({"user_id":[3,3],"site_id":[11,1]})",
        "admin 让用户 secretary（党务） 负责安置点 阳光小区");
    row("user_sites delete", "admin", "delete", "user_sites", 0, 0,
        R"({"user_id":[3,null],"site_id":[1,null]})",
        "admin 取消用户 secretary（党务） 负责的安置点 阳光小区");

    // The party organisation.
    row("party_organisations insert", "secretary", "insert", "party_organisations", 4, 0,
        R"({"id":[null,4],"kind":[null,"branch"],"name":[null,"阳光小区党支部"],"parent_id":[null,40],)"
        R"("instructor_name":[null,""],"founding_date":[null,"2020-07-01"]})",
        "secretary 新增党组织 阳光小区党支部：组织类型 党支部；上级党组织 城关镇党委；成立日期 2020-07-01");
    row("party_organisations update", "secretary", "update", "party_organisations", 4, 0,
        R"({"secretary_member_id":[null,5]})", "secretary 修改党组织 阳光小区党支部：书记 — → 余敏");
    row("party_organisations delete", "admin", "delete", "party_organisations", 41, 0,
        R"({"id":[41,null],"kind":["joint_branch",null],"name":["旧联合支部",null]})",
        "admin 删除党组织 旧联合支部：组织类型 联合党支部");
    row("party_organisation_sites insert", "secretary", "insert", "party_organisation_sites", 20, 0,
        R"({"id":[null,20],"organisation_id":[null,4],"site_id":[null,1],"start_date":[null,"2020-07-01"]})",
        "secretary 新增党组织覆盖的安置点 阳光小区党支部 – 阳光小区：起始日期 2020-07-01");
    row("party_organisation_sites update", "secretary", "update", "party_organisation_sites", 20, 0,
        R"({"end_date":[null,"2026-12-01"]})",
        "secretary 修改党组织覆盖的安置点 阳光小区党支部 – 阳光小区：截止日期 — → 2026-12-01");
    row("party_organisation_sites delete", "admin", "delete", "party_organisation_sites", 20, 0,
        R"({"id":[20,null],"organisation_id":[4,null],"site_id":[1,null],"start_date":["2020-07-01",null]})",
        "admin 删除党组织覆盖的安置点 阳光小区党支部 – 阳光小区：起始日期 2020-07-01");
    row("party_members insert", "secretary", "insert", "party_members", 5, 0,
        R"({"id":[null,5],"origin":[null,"resident"],"person_id":[null,72],"organisation_id":[null,4],)"
        R"("stage":[null,"applicant"],"stage_date":[null,"2023-03-01"],"state":[null,"normal"],)"
        R"("training_hours":[null,0],"note":[null,""]})",
        "secretary 新增党员 余敏：党员来源 安置点居民；搬迁群众 李芳；所在支部 阳光小区党支部；"
        "发展阶段 入党申请人；阶段起始日期 2023-03-01；党员状态 正常");
    // The issue's own example: a conversion as one sentence with the dates.
    row("party_members update, stage", "secretary", "update", "party_members", 5, 0,
        R"({"stage":["probationary","full"],"stage_date":["2025-08-03","2026-12-06"]})",
        "secretary 将 余敏 登记为正式党员（2025-08-03 → 2026-12-06）");
    row("party_members update, state", "secretary", "update", "party_members", 5, 0,
        R"({"state":["normal","mobile"],"state_date":["2024-01-01","2026-10-01"]})",
        "secretary 将 余敏 的党员状态改为流动党员（2026-10-01 起）");
    row("party_members update, contact", "secretary", "update", "party_members", 5, 0,
        R"({"phone":["13907391234","13800001111"],"mentor1_id":[null,6],"training_hours":[0,24]})",
        "secretary 修改党员 余敏：联系电话 13907391234 → 13800001111；培养联系人 — → 张三；集中培训 0 学时 → "
        "24 学时");
    row("party_members delete", "admin", "delete", "party_members", 50, 0,
        R"({"id":[50,null],"origin":["outside_cadre",null],"cadre_name":["赵六",null],"cadre_sex":["male",null],)"
        R"("work_unit":["县农业局",null]})",
        "admin 删除党员 赵六：党员来源 外来干部；性别 男；工作单位 县农业局");
    row("party_stage_steps insert", "secretary", "insert", "party_stage_steps", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"event":[null,"conversion"],"step_date":[null,"2026-12-06"],)"
        R"("reason":[null,""],"extension_months":[null,0],"recorded_at":[null,"2026-12-06T09:00:00"]})",
        "secretary 为 余敏 登记：转为正式党员（2026-12-06）");
    row("party_stage_steps update", "secretary", "update", "party_stage_steps", 20, 0,
        R"({"note":["","支部大会通过"]})", "secretary 修改发展步骤（余敏）：备注 — → 支部大会通过");
    row("party_stage_steps delete", "admin", "delete", "party_stage_steps", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"event":["probation_extension",null],)"
        R"("step_date":["2026-08-03",null],"extension_months":[6,null]})",
        "admin 删除发展步骤（余敏）：步骤 延长预备期；日期 2026-08-03；延长 6 个月");
    row("party_member_states insert", "secretary", "insert", "party_member_states", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"state":[null,"mobile"],"state_date":[null,"2026-10-01"],)"
        R"("reason":[null,"外出务工"]})",
        "secretary 登记 余敏 的党员状态：流动党员（2026-10-01 起）：原因 外出务工");
    row("party_member_states update", "secretary", "update", "party_member_states", 20, 0,
        R"({"reason":["外出务工","在广东务工"]})",
        "secretary 修改党员状态（余敏）：原因 外出务工 → 在广东务工");
    row("party_member_states delete", "admin", "delete", "party_member_states", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"state":["mobile",null],"state_date":["2026-10-01",null]})",
        "admin 删除党员状态（余敏）：党员状态 流动党员；起始日期 2026-10-01");
    row("party_branch_stays insert", "secretary", "insert", "party_branch_stays", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"organisation_id":[null,4],"start_date":[null,"2023-03-01"]})",
        "secretary 新增支部关系（余敏）：所在支部 阳光小区党支部；起始日期 2023-03-01");
    // A member's 党小组 by the group's name and branch, not its number.
    row("party_group_stays insert", "secretary", "insert", "party_group_stays", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"group_id":[null,21],"start_date":[null,"2026-03-01"]})",
        "secretary 新增党小组成员关系（余敏）：党小组 第一党小组（阳光小区党支部）；起始日期 2026-03-01");
    row("party_branch_stays update", "secretary", "update", "party_branch_stays", 20, 0,
        R"({"end_date":[null,"2026-12-06"]})", "secretary 修改支部关系（余敏）：截止日期 — → 2026-12-06");
    row("party_branch_stays delete", "admin", "delete", "party_branch_stays", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"organisation_id":[4,null],"start_date":["2023-03-01",null]})",
        "admin 删除支部关系（余敏）：所在支部 阳光小区党支部；起始日期 2023-03-01");
    row("party_committee_seats insert", "secretary", "insert", "party_committee_seats", 20, 0,
        R"({"id":[null,20],"organisation_id":[null,4],"member_id":[null,5],"start_date":[null,"2024-01-01"]})",
        "secretary 新增支部委员（余敏）：党组织 阳光小区党支部；起始日期 2024-01-01");
    row("party_committee_seats update", "secretary", "update", "party_committee_seats", 20, 0,
        R"({"end_date":[null,"2026-12-06"]})", "secretary 修改支部委员（余敏）：截止日期 — → 2026-12-06");
    row("party_committee_seats delete", "admin", "delete", "party_committee_seats", 20, 0,
        R"({"id":[20,null],"organisation_id":[4,null],"member_id":[5,null],"start_date":["2024-01-01",null]})",
        "admin 删除支部委员（余敏）：党组织 阳光小区党支部；起始日期 2024-01-01");
    row("party_dues_bases insert", "secretary", "insert", "party_dues_bases", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"from_month":[null,"2026-01-01"],"category":[null,"employed"],)"
        R"("monthly_income":[null,450000],"fixed_amount":[null,0]})",
        "secretary 新增党费基数（余敏）：起算月份 2026-01；交纳类别 在职；月收入 4500.00 元");
    row("party_dues_bases update", "secretary", "update", "party_dues_bases", 20, 0,
        R"({"category":["employed","farmer"],"fixed_amount":[0,50]})",
        "secretary 修改党费基数（余敏）：交纳类别 在职 → 农民；约定金额 0.00 元 → 0.50 元");
    row("party_dues_bases delete", "admin", "delete", "party_dues_bases", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"from_month":["2026-01-01",null],"category":["student",null]})",
        "admin 删除党费基数（余敏）：起算月份 2026-01；交纳类别 学生");
    row("party_dues_payments insert", "secretary", "insert", "party_dues_payments", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"month":[null,"2026-11-01"],"amount":[null,2000],)"
        R"("paid_on":[null,"2026-11-20"],"note":[null,""]})",
        "secretary 登记 余敏 的党费：2026-11 20.00 元（交纳日期 2026-11-20）");
    row("party_dues_payments update", "secretary", "update", "party_dues_payments", 20, 0,
        R"({"amount":[2000,2500]})", "secretary 修改党费（余敏）：金额 20.00 元 → 25.00 元");
    row("party_dues_payments delete", "admin", "delete", "party_dues_payments", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"month":["2026-11-01",null],"amount":[2000,null],)"
        R"("paid_on":["2026-11-20",null]})",
        "admin 删除党费（余敏）：月份 2026-11；金额 20.00 元；交纳日期 2026-11-20");
    row("party_meetings insert", "secretary", "insert", "party_meetings", 8, 0,
        R"({"id":[null,8],"organisation_id":[null,4],"type":[null,"general_meeting"],)"
        R"("meeting_date":[null,"2026-11-05"],"topic":[null,"学习党章"],"place":[null,"党员之家"],"note":[null,""]})",
        "secretary 新增会议 2026-11-05 支部党员大会（阳光小区党支部）：主题 学习党章；地点 党员之家");
    row("party_meetings update", "secretary", "update", "party_meetings", 8, 0,
        R"({"type":["party_lesson","general_meeting"],"topic":["党课","学习党章"]})",
        "secretary 修改会议 2026-11-05 支部党员大会（阳光小区党支部）：会议类型 党课 → 支部党员大会；"
        "主题 党课 → 学习党章");
    row("party_meetings delete", "admin", "delete", "party_meetings", 81, 0,
        R"({"id":[81,null],"organisation_id":[4,null],"type":["theme_party_day",null],)"
        R"("meeting_date":["2026-10-10",null],"topic":["植树",null]})",
        "admin 删除会议 2026-10-10 主题党日：主题 植树");
    row("party_meeting_attendance insert", "secretary", "insert", "party_meeting_attendance", 20, 0,
        R"({"id":[null,20],"meeting_id":[null,8],"member_id":[null,7],"present":[null,0],)"
        R"("absence_reason":[null,"外出务工"]})",
        "secretary 登记出席情况 2026-11-05 支部党员大会（阳光小区党支部）（出席 0 人，缺席 1 人）：李四 "
        "缺席（外出务工）");
    row("party_meeting_attendance update", "secretary", "update", "party_meeting_attendance", 20, 0,
        R"({"present":[0,1],"absence_reason":["外出务工",""]})",
        "secretary 修改出席情况 2026-11-05 支部党员大会（阳光小区党支部）：李四 出席");
    row("party_meeting_attendance delete", "secretary", "delete", "party_meeting_attendance", 20, 0,
        R"({"id":[20,null],"meeting_id":[8,null],"member_id":[7,null],"present":[1,null]})",
        "secretary 删除出席记录 2026-11-05 支部党员大会（阳光小区党支部）：李四 出席");
    row("party_transfers insert", "secretary", "insert", "party_transfers", 20, 0,
        R"({"id":[null,20],"member_id":[null,5],"direction":[null,"out"],"organisation_id":[null,4],)"
        R"("other_unit":[null,"广州市某街道党工委"],"letter_number":[null,"湘组转〔2026〕12号"],)"
        R"("letter_date":[null,"2026-11-01"]})",
        "secretary 新增组织关系转接（余敏）：转接方向 已转出；本方党组织 阳光小区党支部；"
        "对方党组织 广州市某街道党工委；介绍信编号 湘组转〔2026〕12号；介绍信日期 2026-11-01");
    row("party_transfers update", "secretary", "update", "party_transfers", 20, 0,
        R"({"completed_date":[null,"2026-12-01"]})",
        "secretary 修改组织关系转接（余敏）：办结日期 — → 2026-12-01");
    row("party_transfers delete", "admin", "delete", "party_transfers", 20, 0,
        R"({"id":[20,null],"member_id":[5,null],"direction":["in",null],"letter_date":["2026-11-01",null]})",
        "admin 删除组织关系转接（余敏）：转接方向 转入；介绍信日期 2026-11-01");
    row("party_site_assignments insert", "secretary", "insert", "party_site_assignments", 9, 0,
        R"({"id":[null,9],"kind":[null,"work_team"],"site_id":[null,1],"name":[null,"市农业局驻村工作队"],)"
        R"("leader":[null,"刘强"],"start_date":[null,"2026-03-01"]})",
        "secretary 新增驻村工作队或第一书记 市农业局驻村工作队：类别 驻村工作队；安置点 阳光小区；队长 刘强；"
        "驻村起始 2026-03-01");
    row("party_site_assignments update", "secretary", "update", "party_site_assignments", 9, 0,
        R"({"end_date":[null,"2026-12-31"]})",
        "secretary 修改驻村工作队或第一书记 市农业局驻村工作队：驻村截止 — → 2026-12-31");
    row("party_site_assignments delete", "admin", "delete", "party_site_assignments", 90, 0,
        R"({"id":[90,null],"kind":["first_secretary",null],"site_id":[1,null],"name":["周明",null]})",
        "admin 删除驻村工作队或第一书记 周明：类别 第一书记；安置点 阳光小区");

    // Grids and visits (migration 14).
    row("grids insert", "clerk", "insert", "grids", 10, 0,
        R"({"id":[null,10],"code":[null,"43052400100101"],"site_id":[null,1],"name":[null,"第一网格"],)"
        R"("valid_from":[null,"2026-01-01"],"note":[null,""]})",
        "clerk 新增网格 第一网格：网格编码 43052400100101；安置点 阳光小区；设立日期 2026-01-01");
    row("grids update", "clerk", "update", "grids", 10, 0, R"({"valid_to":[null,"2026-12-31"]})",
        "clerk 修改网格 第一网格：撤销日期 — → 2026-12-31");
    row("grids delete", "admin", "delete", "grids", 11, 0,
        R"({"id":[11,null],"code":["43052400100102",null],"site_id":[1,null],"name":["第二网格",null]})",
        "admin 删除网格 第二网格：网格编码 43052400100102；安置点 阳光小区");
    row("grid_coverage insert", "clerk", "insert", "grid_coverage", 20, 0,
        R"({"id":[null,20],"grid_id":[null,10],"building_id":[null,2],"unit_id":[null,12],)"
        R"("valid_from":[null,"2026-01-01"],"reason":[null,""]})",
        "clerk 新增网格覆盖范围（第一网格）：楼栋 阳光小区 3栋；单元 3栋2单元；起始日期 2026-01-01");
    row("grid_coverage update", "clerk", "update", "grid_coverage", 20, 0,
        R"({"valid_to":[null,"2026-06-01"],"reason":["","划归第二网格"]})",
        "clerk 修改网格覆盖范围（第一网格）：截止日期 — → 2026-06-01；原因 — → 划归第二网格");
    row("grid_household_exceptions insert", "clerk", "insert", "grid_household_exceptions", 20, 7,
        R"({"id":[null,20],"household_id":[null,7],"grid_id":[null,10],"valid_from":[null,"2026-03-01"],)"
        R"("reason":[null,"暂住亲属家"]})",
        "clerk 新增网格例外划分（430524001-0007（王建国））：划入网格 第一网格；起始日期 2026-03-01；原因 "
        "暂住亲属家");
    row("grid_household_exceptions update", "clerk", "update", "grid_household_exceptions", 20, 0,
        R"({"valid_to":[null,"2026-09-01"]})",
        "clerk 修改网格例外划分（430524001-0007（王建国））：截止日期 — → 2026-09-01");
    row("grid_staff insert, resident", "clerk", "insert", "grid_staff", 13, 0,
        R"({"id":[null,13],"grid_id":[null,10],"role":[null,"grid_worker"],"origin":[null,"resident"],)"
        R"("person_id":[null,71],"cadre_name":[null,""],"valid_from":[null,"2026-01-01"]})",
        "clerk 新增网格工作人员 张伟（网格员）：网格 第一网格；职务 网格员；人员来源 安置点居民；搬迁群众 "
        "王建国；任职起始日期 2026-01-01");
    row("grid_staff insert, cadre", "clerk", "insert", "grid_staff", 30, 0,
        R"({"id":[null,30],"grid_id":[null,10],"role":[null,"building_leader"],"origin":[null,"outside_cadre"],)"
        R"("cadre_name":[null,"刘强"],"work_unit":[null,"县民政局"],"building_id":[null,2],)"
        R"("valid_from":[null,"2026-01-01"]})",
        "clerk 新增网格工作人员 刘强：网格 第一网格；职务 楼栋长；人员来源 外来干部；工作单位 县民政局；楼栋 "
        "阳光小区 3栋；任职起始日期 2026-01-01");
    row("grid_staff update", "manager", "update", "grid_staff", 13, 0,
        R"({"role":["grid_worker","grid_leader"],"valid_to":[null,"2026-12-01"],"end_reason":["","调任"]})",
        "manager 修改网格工作人员 张伟（网格员）：职务 网格员 → 网格长；任职截止日期 — → "
        "2026-12-01；离任原因 — → 调任");
    row("pairings insert", "clerk", "insert", "pairings", 14, 0,
        R"({"id":[null,14],"household_id":[null,7],"partner_kind":[null,"party_member"],)"
        R"("party_member_id":[null,5],"valid_from":[null,"2026-02-01"]})",
        "clerk 新增结对帮扶 430524001-0007 – 余敏：搬迁户 430524001-0007（王建国）；结对对象 党员；党员 "
        "余敏；结对起始日期 2026-02-01");
    row("pairings update", "clerk", "update", "pairings", 14, 0,
        R"({"partner_kind":["party_member","staff"],"party_member_id":[5,null],"staff_id":[null,13]})",
        "clerk 修改结对帮扶 430524001-0007 – 余敏：结对对象 党员 → 网格工作人员；党员 余敏 → —；网格工作人员 "
        "— → 张伟（网格员）");
    row("pairing_contacts insert", "clerk", "insert", "pairing_contacts", 20, 0,
        R"({"id":[null,20],"pairing_id":[null,14],"contact_date":[null,"2026-11-20"],"way":[null,"home_visit"],)"
        R"("note":[null,"了解就业意愿"],"recorded_at":[null,"2026-11-20 10:00:00"]})",
        "clerk 新增结对联系记录（430524001-0007 – 余敏）：联系日期 2026-11-20；联系方式 入户走访；备注 "
        "了解就业意愿");
    row("pairing_contacts update", "clerk", "update", "pairing_contacts", 20, 0,
        R"({"way":["home_visit","phone"]})",
        "clerk 修改结对联系记录（430524001-0007 – 余敏）：联系方式 入户走访 → 电话");
    row("person_care_categories insert", "clerk", "insert", "person_care_categories", 15, 0,
        R"({"id":[null,15],"person_id":[null,71],"category":[null,"hospitalised"],)"
        R"("valid_from":[null,"2026-11-28"],"note":[null,"县人民医院"]})",
        "clerk 新增关爱对象（王建国）：关爱类别 住院；起始日期 2026-11-28；备注 县人民医院");
    row("person_care_categories update", "clerk", "update", "person_care_categories", 15, 0,
        R"({"valid_to":[null,"2026-12-05"]})", "clerk 修改关爱对象（王建国）：截止日期 — → 2026-12-05");
    row("household_care_marks insert", "clerk", "insert", "household_care_marks", 16, 0,
        R"({"id":[null,16],"household_id":[null,7],"mark":[null,"difficult_family"],)"
        R"("valid_from":[null,"2026-11-01"],"reason":[null,"户主重病"]})",
        "clerk 新增住户标记（430524001-0007（王建国））：标记为 困难家庭；起始日期 2026-11-01；原因 "
        "户主重病");
    row("household_care_marks delete", "admin", "delete", "household_care_marks", 16, 0,
        R"({"id":[16,null],"household_id":[7,null],"mark":["difficult_family",null],)"
        R"("valid_from":["2026-11-01",null]})",
        "admin 删除住户标记（430524001-0007（王建国））：标记为 困难家庭；起始日期 2026-11-01");
    row("grid_cases insert", "clerk", "insert", "grid_cases", 17, 0,
        R"({"id":[null,17],"site_id":[null,1],"grid_id":[null,10],"kind":[null,"dispute_mediation"],)"
        R"("title":[null,"楼上漏水"],"description":[null,""],"reporter_person_id":[null,72],)"
        R"("received_on":[null,"2026-11-05"],"handler_staff_id":[null,13],"handler_level":[null,"grid_worker"],)"
        R"("state":[null,"received"],"state_date":[null,"2026-11-05"],"deadline":[null,"2026-11-20"]})",
        "clerk 新增网格事件 2026-11-05 楼上漏水：安置点 阳光小区；网格 第一网格；事件类型 矛盾调处；反映人 "
        "李芳；办理期限 2026-11-20；承办人 张伟（网格员）；办理层级 网格员；办理状态 已受理；状态变更日期 "
        "2026-11-05");
    row("grid_cases update", "clerk", "update", "grid_cases", 17, 0,
        R"({"state":["in_progress","resolved"],"state_date":["2026-11-06","2026-11-18"],)"
        R"("resolved_on":[null,"2026-11-18"],"result":["","已调解"],"satisfaction":[null,"satisfied"]})",
        "clerk 修改网格事件 2026-11-05 楼上漏水：办理状态 办理中 → 已办结；状态变更日期 2026-11-06 → "
        "2026-11-18；办结日期 — → 2026-11-18；办理结果 — → 已调解；群众满意度 — → 满意");
    row("grid_cases update, referral", "manager", "update", "grid_cases", 17, 0,
        R"({"state":["escalated","referred"],"handler_level":["grid_leader","manager"],)"
        R"("referred_department":["","县住建局"],"referral_state":[null,"pending"]})",
        "manager 修改网格事件 2026-11-05 楼上漏水：办理层级 网格长 → 负责人；办理状态 已上报 → "
        "已转办；转办部门 — → 县住建局；转办状态 — → 待部门接收");
    row("grid_case_events insert", "clerk", "insert", "grid_case_events", 20, 0,
        R"({"id":[null,20],"case_id":[null,17],"event_date":[null,"2026-11-21"],"event":[null,"escalated"],)"
        R"("from_state":[null,"in_progress"],"to_state":[null,"escalated"],"handler_level":[null,"grid_leader"],)"
        R"("recorded_at":[null,"2026-11-21 08:00:00"]})",
        "clerk 新增事件办理记录（2026-11-05 楼上漏水）：日期 2026-11-21；步骤 已上报；原状态 办理中；新状态 "
        "已上报；办理层级 网格长");
    row("grid_case_events update", "clerk", "update", "grid_case_events", 20, 0,
        R"({"note":["","超过办理期限"]})",
        "clerk 修改事件办理记录（2026-11-05 楼上漏水）：备注 — → 超过办理期限");
    row("grid_case_households insert", "clerk", "insert", "grid_case_households", 0, 0,
        R"({"case_id":[null,17],"household_id":[null,7]})",
        "clerk 新增事件涉及的住户 2026-11-05 楼上漏水 – 430524001-0007（王建国）");
    row("grid_case_persons delete", "clerk", "delete", "grid_case_persons", 0, 0,
        R"({"case_id":[17,null],"person_id":[72,null]})",
        "clerk 删除事件涉及的人员 2026-11-05 楼上漏水 – 李芳");
    row("visit_tasks insert", "", "insert", "visit_tasks", 18, 0,
        R"({"id":[null,18],"household_id":[null,7],"person_id":[null,71],"kind":[null,"must_visit"],)"
        R"("reason":[null,"hospitalised"],"source":[null,"rule"],"care_category_id":[null,15],)"
        R"("assignee_staff_id":[null,13],"due_from":[null,"2026-12-01"],"overdue_after":[null,"2026-12-07"],)"
        R"("cancel_reason":[null,""],"note":[null,""]})",
        "（系统） 新增走访任务 四必访（住院，2026-12-01 起）：搬迁户 430524001-0007（王建国）；走访对象 "
        "王建国；任务来源 走访规则；关爱对象 王建国（住院）；责任人 张伟（网格员）；最迟走访日期 2026-12-07");
    row("visit_tasks update, done", "clerk", "update", "visit_tasks", 18, 0,
        R"({"closed_by_visit_id":[null,19],"closed_on":[null,"2026-12-03"]})",
        "clerk 修改走访任务 四必访（住院，2026-12-01 起）：完成任务的走访 — → 2026-12-03 日常走访；完成日期 "
        "— → 2026-12-03");
    row("visit_tasks update, attend", "clerk", "update", "visit_tasks", 31, 0,
        R"({"cancelled_on":[null,"2026-12-04"],"cancel_reason":["","已搬离"],"care_mark_id":[16,null],)"
        R"("case_id":[null,17],"assignee_staff_id":[13,null],"assignee_member_id":[null,5]})",
        "clerk 修改走访任务 编号 31：住户标记 430524001-0007（困难家庭） → —；网格事件 — → 2026-11-05 "
        "楼上漏水；责任人 张伟（网格员） → —；责任党员 — → 余敏；取消日期 — → 2026-12-04；取消原因 — → "
        "已搬离");
    row("visits insert", "clerk", "insert", "visits", 19, 0,
        R"({"id":[null,19],"household_id":[null,7],"person_id":[null,71],"visitor_kind":[null,"staff"],)"
        R"("visitor_staff_id":[null,13],"visitor_name":[null,""],"visit_date":[null,"2026-12-03"],)"
        R"("kind":[null,"routine"],"reason":[null,"住院后探望"],"findings":[null,"恢复良好"],)"
        R"("follow_up":[null,""],"task_id":[null,18],"pairing_id":[null,14]})",
        "clerk 新增走访记录 2026-12-03 日常走访：搬迁户 430524001-0007（王建国）；走访对象 "
        "王建国；走访人类别 网格工作人员；走访网格工作人员 张伟（网格员）；走访事由 住院后探望；走访情况 "
        "恢复良好；走访任务 四必访（住院，2026-12-01 起）；结对帮扶 430524001-0007 – 余敏");
    row("visits delete", "admin", "delete", "visits", 32, 0,
        R"({"id":[32,null],"household_id":[7,null],"visitor_kind":["cadre",null],"visitor_name":["周明",null],)"
        R"("visit_date":["2026-11-30",null],"kind":["must_attend",null],"case_id":[17,null]})",
        "admin 删除走访记录 2026-11-30 三必到：搬迁户 430524001-0007（王建国）；走访人类别 干部；走访干部 "
        "周明；网格事件 2026-11-05 楼上漏水");

    // Events and rows written without a session.
    row("login", "manager", "login", "", 0, 0, "{}", "manager 登录");
    row("program", "", "insert", "sites", 1, 0, R"({"id":[null,1],"code":[null,"430524001"]})",
        "（系统） 新增安置点 阳光小区：安置点编码 430524001");
}

void TestAuditSentences::everyTableAndAction()
{
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QString, type);
    QFETCH(qint64, recordId);
    QFETCH(qint64, householdId);
    QFETCH(QByteArray, changes);
    QFETCH(QString, expected);
    QVERIFY(!QJsonDocument::fromJson(changes).isNull());
    QCOMPARE(sentenceOf(entry(user, action, type, recordId, householdId, changes)), expected);
}

void TestAuditSentences::everyAuditedTableIsInTheTable()
{
    // Every table with audit triggers has its fields, labels and record name: none is told as its
    // table name (the rows above then cover each of them).
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT record_type FROM audit_log WHERE record_type <> ''")));
    QStringList types = AuditFields::recordTypes();
    while (q.next())
        QVERIFY2(types.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    // And every table the migrations gave audit triggers, rows or not: a workflow's new table is told in
    // the forms' words from its first change, and the trail's filter offers it.
    const bool server = m_db->db().dialect().engine() == SqlDialect::Engine::PostgreSql;
    QVERIFY(q.exec(
        server ? QStringLiteral("SELECT DISTINCT event_object_table FROM information_schema.triggers"
                                " WHERE trigger_name LIKE 'audit\\_%' ESCAPE '\\'"
                                " AND event_object_table <> 'audit_log'")
               : QStringLiteral("SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                                " AND name LIKE 'audit\\_%' ESCAPE '\\' AND tbl_name <> 'audit_log'")));
    int audited = 0;
    while (q.next()) {
        ++audited;
        QVERIFY2(types.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    }
    QVERIFY(audited >= 15); // the query itself still finds the triggers
    for (const QString& type : std::as_const(types)) {
        QVERIFY2(!AuditFields::of(type).isEmpty(), qPrintable(type));
        QVERIFY2(AuditFields::recordName(type) != type, qPrintable(type));
        for (const AuditField& f : AuditFields::of(type))
            QVERIFY2(AuditFields::label(f) != QLatin1String(f.label), f.label); // translated
    }
}

void TestAuditSentences::everyCheckedCodeHasItsWords()
{
    // Every value a CHECK list of an audited table accepts (role = 'grid_leader' OR …) reads as its word,
    // never as its key: a migration that adds a value, or a column, without its label fails here. The
    // lists are read from the schema as the engine keeps it, not copied into the test.
    const bool server = m_db->db().dialect().engine() == SqlDialect::Engine::PostgreSql;
    QSqlQuery q(m_db->db().connection());
    QVERIFY(q.exec(server
                       ? QStringLiteral("SELECT c.relname, pg_get_constraintdef(k.oid) FROM pg_constraint k"
                                        " JOIN pg_class c ON c.oid = k.conrelid WHERE k.contype = 'c'")
                       : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'")));
    // "role = 'grid_leader'", on PostgreSQL "(role = 'grid_leader'::text)".
    static const QRegularExpression compared(QStringLiteral(R"((\w+) = '([^']+)')"));
    const QStringList audited = AuditFields::recordTypes();
    QSet<QString> checked;
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!audited.contains(table))
            continue;
        for (auto it = compared.globalMatch(q.value(1).toString()); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString where = QStringLiteral("%1.%2 = '%3'").arg(table, m.captured(1), m.captured(2));
            const std::optional<AuditField> field = AuditFields::find(table, m.captured(1));
            QVERIFY2(field, qPrintable(where + QStringLiteral(": the column is not in AuditFields")));
            const QString text = AuditNarrator::valueText(*field, QJsonValue(m.captured(2)), AuditNames());
            QVERIFY2(text != m.captured(2) && !text.isEmpty(),
                     qPrintable(where + QStringLiteral(": no label")));
            checked.insert(where);
        }
    }
    // The schema's lists were found: migration 14's alone hold more than 60 values.
    QVERIFY2(checked.size() > 60, qPrintable(QString::number(checked.size())));
    QVERIFY(checked.contains(QStringLiteral("grid_staff.role = 'party_member_household'")));
    QVERIFY(checked.contains(QStringLiteral("visit_tasks.reason = 'family_dispute'")));
}

void TestAuditSentences::detailsInTheFormsOrder()
{
    const AuditEntry e =
        entry(QStringLiteral("clerk"), QStringLiteral("update"), QStringLiteral("persons"), 72, 7,
              R"({"phone":["","13907391234"],"birth_date":["1978-08-09","1978-08-19"],)"
              R"("name":["李芳","李芳芳"],"education":["none","senior"]})");
    const QList<AuditSentence> s = AuditNarrator::narrate({e}, knownNames());
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().details, (QStringList{QStringLiteral("姓名：李芳 → 李芳芳"),
                                             QStringLiteral("出生日期：1978-08-09 → 1978-08-19"),
                                             QStringLiteral("文化程度：未上学 → 高中"),
                                             QStringLiteral("联系电话：— → 13907391234")}));
    QCOMPARE(s.first().entryIds, QList<qint64>{72});
}

void TestAuditSentences::attendanceOfOneMeetingIsOneSentence()
{
    // Newest first, as the audit window lists them; the sentence tells them in the order they were written.
    QList<AuditEntry> rows = {
        entry(QStringLiteral("secretary"), QStringLiteral("insert"),
              QStringLiteral("party_meeting_attendance"), 32, 0,
              R"({"id":[null,32],"meeting_id":[null,8],"member_id":[null,7],"present":[null,0],)"
              R"("absence_reason":[null,"外出务工"]})"),
        entry(QStringLiteral("secretary"), QStringLiteral("insert"),
              QStringLiteral("party_meeting_attendance"), 31, 0,
              R"({"id":[null,31],"meeting_id":[null,8],"member_id":[null,6],"present":[null,1]})"),
        entry(QStringLiteral("secretary"), QStringLiteral("insert"), QStringLiteral("party_meetings"), 8, 0,
              R"({"id":[null,8],"organisation_id":[null,4],"type":[null,"general_meeting"],)"
              R"("meeting_date":[null,"2026-11-05"],"topic":[null,"学习党章"]})"),
    };
    const QList<AuditSentence> s = AuditNarrator::narrate(rows, knownNames());
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).text, QStringLiteral("secretary 登记出席情况 2026-11-05 支部党员大会（阳光小区党支部）"
                                          "（出席 1 人，缺席 1 人）：张三 出席，李四 缺席（外出务工）"));
    QCOMPARE(s.at(0).entryIds, (QList<qint64>{31, 32}));
    QCOMPARE(s.at(0).details,
             (QStringList{QStringLiteral("张三 出席"), QStringLiteral("李四 缺席（外出务工）")}));
    QCOMPARE(s.at(1).text,
             QStringLiteral("secretary 新增会议 2026-11-05 支部党员大会（阳光小区党支部）：主题 学习党章"));
    // Row by row (the CLI's JSON): one sentence each.
    QCOMPARE(AuditNarrator::narrate(rows, knownNames(), AuditNarrator::Grouping::EachRow).size(), 3);
}

void TestAuditSentences::duesMonthsOfOneMemberAreOneSentence()
{
    QList<AuditEntry> rows;
    for (int m = 10; m <= 11; ++m)
        rows.append(
            entry(QStringLiteral("secretary"), QStringLiteral("insert"),
                  QStringLiteral("party_dues_payments"), m, 0,
                  QStringLiteral(R"({"id":[null,%1],"member_id":[null,5],"month":[null,"2026-%1-01"],)"
                                 R"("amount":[null,2000],"paid_on":[null,"2026-11-20"]})")
                      .arg(m)
                      .toUtf8()));
    const QList<AuditSentence> s = AuditNarrator::narrate(rows, knownNames());
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().text,
             QStringLiteral(
                 "secretary 登记 余敏 的党费：2026-10 20.00 元，2026-11 20.00 元（交纳日期 2026-11-20）"));
    QCOMPARE(s.first().details, (QStringList{QStringLiteral("2026-10 20.00 元（交纳日期 2026-11-20）"),
                                             QStringLiteral("2026-11 20.00 元（交纳日期 2026-11-20）")}));
}

void TestAuditSentences::realTrailAsSentences()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {}, QStringLiteral("wangli"));
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.dwellingId = m_db->dwellingId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.phone = QStringLiteral("13907391234");
    h.members = {makePerson(QStringLiteral("王建国"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1), Relationship::Head),
                 makePerson(QStringLiteral("李芳"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1978, 8, 9), 2),
                            Relationship::Spouse)};
    Result<Household> saved = registry::RegistryService(db).saveHousehold(h, Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    Household edit = saved.value();
    edit.phone = QStringLiteral("13800001111");
    edit.members[1].education = Education::SeniorSecondary;
    QVERIFY(registry::RegistryService(db).saveHousehold(edit, Today));

    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    const Result<QList<AuditEntry>> page = AuditLog(db).page({}, 0, 500);
    QVERIFY2(page, qPrintable(page.summary()));
    const QList<AuditSentence> sentences = AuditNarrator(db).narrate(page.value());
    QStringList texts;
    for (const AuditSentence& s : sentences)
        texts.append(s.text);
    const QString all = texts.join(QLatin1Char('\n'));
    // Names and numbers, not tables and ids; the dwelling by building, unit and room.
    QVERIFY2(texts.contains(QStringLiteral(
                 "wangli 修改住户 430524001-0001（王建国）：联系电话 13907391234 → 13800001111")),
             qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral(
                 "wangli 修改住户 430524001-0001（王建国）的成员 李芳：文化程度 未填写 → 高中")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(
                 "wangli 新增住户 430524001-0001（王建国）：安置点 测试安置点；住房 1栋1单元101；"
                 "迁出县 隆回县（430524）；搬迁入住日期 2019-09-01")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("wangli 为住户 430524001-0001（王建国）新增成员 李芳：")),
             qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("persons")) && !all.contains(QStringLiteral("site_id")));
}

void TestAuditSentences::namesArePerPageNotPerRow()
{
    Database& db = m_db->db();
    for (int i = 1; i <= 30; ++i) {
        Household h;
        h.number = QStringLiteral("430524001-%1").arg(i, 4, 10, QLatin1Char('0'));
        h.siteId = m_db->siteId();
        h.originCountyCode = QStringLiteral("430524");
        h.relocationDate = QDate(2019, 9, 1);
        h.members = {makePerson(QStringLiteral("王") + QChar(0x4E00 + i * 7),
                                makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), i),
                                Relationship::Head)};
        const Result<Household> saved = registry::RegistryService(db).saveHousehold(h, Today);
        QVERIFY2(saved, qPrintable(saved.summary()));
    }
    const Result<QList<AuditEntry>> page = AuditLog(db).page({}, 0, 500);
    QVERIFY(page && page.value().size() > 60);
    // One query per kind of record named (households, persons, sites, dwellings, users …), whatever the
    // page's length: a page of 60 rows names 30 households and 30 persons in two of them.
    const AuditNames names = AuditNames::lookUp(db, page.value());
    QVERIFY2(names.queries() <= 6, qPrintable(QString::number(names.queries())));
    for (const AuditEntry& e : page.value()) {
        if (e.householdId > 0)
            QVERIFY(names.name(QStringLiteral("households"), e.householdId));
    }
}

void TestAuditSentences::deletedRecordsNamedFromTheTrail()
{
    Database& db = m_db->db();
    m_db->logInAs(Role::Secretary, {}, QStringLiteral("dangwu"));
    party::Organisation branch;
    branch.kind = party::OrganisationKind::Branch;
    branch.name = QStringLiteral("测试党支部");
    branch.foundingDate = QDate(2020, 7, 1);
    Result<party::Organisation> org = party::PartyService(db).saveOrganisation(branch, Today, Today);
    QVERIFY2(org, qPrintable(org.summary()));
    party::Meeting meeting;
    meeting.organisationId = org.value().id;
    meeting.type = party::MeetingType::PartyLesson;
    meeting.date = QDate(2026, 11, 5);
    meeting.topic = QStringLiteral("学习党章");
    Result<party::Meeting> saved = party::PartyService(db).saveMeeting(meeting, Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    // Gone since (an administrator's clean-up): its insert still names it, from the trail's own values.
    {
        WriteTransaction t(db);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM party_meetings WHERE id = ?"));
        q.addBindValue(saved.value().id);
        QVERIFY(q.exec());
        QVERIFY(t.commit());
    }
    m_db->logInAs(Role::Manager);
    AuditFilter filter;
    filter.recordType = QStringLiteral("party_meetings");
    const Result<QList<AuditEntry>> page = AuditLog(db).page(filter, 0, 10);
    QVERIFY(page && page.value().size() == 2);
    const QList<AuditSentence> s = AuditNarrator(db).narrate(page.value());
    QCOMPARE(s.at(0).text, QStringLiteral("dangwu 删除会议 2026-11-05 党课：主题 学习党章"));
    QCOMPARE(s.at(1).text, QStringLiteral("dangwu 新增已删除的会议 2026-11-05 党课：主题 学习党章"));
}

void TestAuditSentences::maskedForTheSecretary()
{
    Database& db = m_db->db();
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    const QString id = makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1);
    h.members = {makePerson(QStringLiteral("王建国"), id, Relationship::Head)};
    h.members[0].phone = QStringLiteral("13907391234");
    Result<Household> saved = registry::RegistryService(db).saveHousehold(h, Today);
    QVERIFY(saved);
    Household edit = saved.value();
    edit.members[0].phone = QStringLiteral("13800001111");
    QVERIFY(registry::RegistryService(db).saveHousehold(edit, Today));

    const auto told = [&] {
        QStringList lines;
        for (const AuditSentence& s :
             AuditNarrator(db).narrate(AuditLog(db).householdHistory(saved.value().id)))
            lines += QStringList{s.text} + s.details;
        return lines.join(QLatin1Char('\n'));
    };
    // The manager sees the whole ID, phone and birth date; the secretary the mask and the year only.
    m_db->logInAs(Role::Manager);
    const QString full = told();
    QVERIFY2(full.contains(id) && full.contains(QStringLiteral("13907391234 → 13800001111")) &&
                 full.contains(QStringLiteral("1975-04-02")),
             qPrintable(full));
    m_db->logInAs(Role::Secretary);
    const QString masked = told();
    QVERIFY2(!masked.contains(id) && !masked.contains(QStringLiteral("13907391234")) &&
                 !masked.contains(QStringLiteral("1975-04-02")),
             qPrintable(masked));
    QVERIFY2(masked.contains(QStringLiteral("139****1234 → 138****1111")) &&
                 masked.contains(QStringLiteral("出生日期 1975")) &&
                 masked.contains(QStringLiteral("王建国")),
             qPrintable(masked));
}

void TestAuditSentences::gridsTrailAsSentences()
{
    // Issue 17's records as the grids and visits services write them — here in plain SQL, so that the trail's
    // words do not wait for core/grids — read back from a real trail with their names looked up.
    Database& db = m_db->db();
    m_db->logInAs(Role::Clerk, {}, QStringLiteral("wangli"));
    Household h;
    h.number = QStringLiteral("430524001-0001");
    h.siteId = m_db->siteId();
    h.dwellingId = m_db->dwellingId();
    h.originCountyCode = QStringLiteral("430524");
    h.relocationDate = QDate(2019, 9, 1);
    h.members = {makePerson(QStringLiteral("王建国"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1975, 4, 2), 1), Relationship::Head),
                 makePerson(QStringLiteral("李芳"),
                            makeIdNumber(QStringLiteral("430524"), QDate(1978, 8, 9), 2),
                            Relationship::Spouse)};
    const Result<Household> saved = registry::RegistryService(db).saveHousehold(h, Today);
    QVERIFY2(saved, qPrintable(saved.summary()));
    const qint64 household = saved.value().id;
    const qint64 head = saved.value().members.at(0).id;
    const qint64 spouse = saved.value().members.at(1).id;
    QVERIFY(head > 0 && spouse > 0);

    // Runs one statement with its values; returns the newest id of `table` (0 when it has none).
    const auto run = [&](const char* sql, const QVariantList& values, const char* table = nullptr) -> qint64 {
        QSqlQuery q(db.connection());
        q.prepare(QLatin1String(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning().noquote() << q.lastError().text();
            return -1;
        }
        if (!table || !q.exec(QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            return 0;
        return q.value(0).toLongLong();
    };
    const QDate start(2026, 1, 1);
    const QDate received(2026, 11, 5);
    {
        WriteTransaction t(db);
        const qint64 grid = run(
            "INSERT INTO grids (code, site_id, name, valid_from) VALUES (?, ?, ?, ?)",
            {QStringLiteral("43052400100101"), m_db->siteId(), QStringLiteral("第一网格"), start}, "grids");
        QVERIFY(grid > 0);
        QSqlQuery unit(db.connection());
        unit.prepare(QStringLiteral("SELECT unit_id FROM dwellings WHERE id = ?"));
        unit.addBindValue(m_db->dwellingId());
        QVERIFY(unit.exec() && unit.next());
        QVERIFY(run("INSERT INTO grid_coverage (grid_id, building_id, valid_from) VALUES (?, ?, ?)",
                    {grid, m_db->buildingId(), start}) == 0);
        QVERIFY(
            run("INSERT INTO grid_coverage (grid_id, building_id, unit_id, valid_from) VALUES (?, ?, ?, ?)",
                {grid, m_db->buildingId(), unit.value(0), start}) == 0);
        const qint64 staff = run("INSERT INTO grid_staff (grid_id, role, origin, person_id, valid_from)"
                                 " VALUES (?, 'grid_worker', 'resident', ?, ?)",
                                 {grid, spouse, start}, "grid_staff");
        QVERIFY(staff > 0);
        const qint64 pairing = run("INSERT INTO pairings (household_id, partner_kind, staff_id, valid_from)"
                                   " VALUES (?, 'staff', ?, ?)",
                                   {household, staff, start}, "pairings");
        QVERIFY(pairing > 0);
        QVERIFY(run("INSERT INTO pairing_contacts (pairing_id, contact_date, way) VALUES (?, ?, 'phone')",
                    {pairing, QDate(2026, 11, 10)}) == 0);
        const qint64 care = run("INSERT INTO person_care_categories (person_id, category, valid_from)"
                                " VALUES (?, 'hospitalised', ?)",
                                {head, QDate(2026, 11, 1)}, "person_care_categories");
        const qint64 mark = run("INSERT INTO household_care_marks (household_id, mark, valid_from, reason)"
                                " VALUES (?, 'difficult_family', ?, ?)",
                                {household, start, QStringLiteral("户主重病")}, "household_care_marks");
        QVERIFY(care > 0 && mark > 0);
        const qint64 task =
            run("INSERT INTO visit_tasks (household_id, person_id, kind, reason, source,"
                " care_category_id, assignee_staff_id, due_from, overdue_after)"
                " VALUES (?, ?, 'must_visit', 'hospitalised', 'rule', ?, ?, ?, ?)",
                {household, head, care, staff, QDate(2026, 11, 1), QDate(2026, 11, 7)}, "visit_tasks");
        QVERIFY(task > 0);
        QVERIFY(run("INSERT INTO visit_tasks (household_id, kind, reason, source, care_mark_id, due_from,"
                    " overdue_after) VALUES (?, 'must_visit', 'difficult_family', 'rule', ?, ?, ?)",
                    {household, mark, QDate(2026, 11, 1), QDate(2026, 11, 30)}) == 0);
        const qint64 gridCase =
            run("INSERT INTO grid_cases (site_id, grid_id, kind, title, reporter_person_id, received_on,"
                " handler_staff_id, state, state_date, deadline)"
                " VALUES (?, ?, 'dispute_mediation', ?, ?, ?, ?, 'received', ?, ?)",
                {m_db->siteId(), grid, QStringLiteral("楼上漏水"), head, received, staff, received,
                 QDate(2026, 11, 20)},
                "grid_cases");
        QVERIFY(gridCase > 0);
        QVERIFY(run("INSERT INTO grid_case_households (case_id, household_id) VALUES (?, ?)",
                    {gridCase, household}) == 0);
        const qint64 visit =
            run("INSERT INTO visits (household_id, person_id, visitor_kind, visitor_staff_id,"
                " visit_date, kind, findings, task_id, case_id)"
                " VALUES (?, ?, 'staff', ?, ?, 'case', ?, ?, ?)",
                {household, head, staff, QDate(2026, 11, 6), QStringLiteral("双方同意修缮"), task, gridCase},
                "visits");
        QVERIFY(visit > 0);
        QVERIFY(run("UPDATE visit_tasks SET closed_by_visit_id = ?, closed_on = ? WHERE id = ?",
                    {visit, QDate(2026, 11, 6), task}) == 0);
        QVERIFY(run("UPDATE grid_cases SET state = 'resolved', state_date = ?, resolved_on = ?, result = ?,"
                    " satisfaction = 'satisfied' WHERE id = ?",
                    {QDate(2026, 11, 18), QDate(2026, 11, 18), QStringLiteral("已调解"), gridCase}) == 0);
        QVERIFY(t.commit());
    }

    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    const Result<QList<AuditEntry>> page = AuditLog(db).page({}, 0, 500);
    QVERIFY2(page, qPrintable(page.summary()));
    static const QStringList gridTables = {QStringLiteral("grids"),
                                           QStringLiteral("grid_coverage"),
                                           QStringLiteral("grid_staff"),
                                           QStringLiteral("pairings"),
                                           QStringLiteral("pairing_contacts"),
                                           QStringLiteral("person_care_categories"),
                                           QStringLiteral("household_care_marks"),
                                           QStringLiteral("grid_cases"),
                                           QStringLiteral("grid_case_households"),
                                           QStringLiteral("visit_tasks"),
                                           QStringLiteral("visits")};
    QStringList texts;
    for (const AuditSentence& s : AuditNarrator(db).narrate(page.value())) {
        if (gridTables.contains(s.recordType))
            texts.append(s.text);
    }
    const QString all = texts.join(QLatin1Char('\n'));
    for (const char* expected : {
             "wangli 新增网格 第一网格：网格编码 43052400100101；安置点 测试安置点；设立日期 2026-01-01",
             "wangli 新增网格覆盖范围（第一网格）：楼栋 测试安置点 1栋；起始日期 2026-01-01",
             "wangli 新增网格覆盖范围（第一网格）：楼栋 测试安置点 1栋；单元 1栋1单元；起始日期 2026-01-01",
             "wangli 新增网格工作人员 李芳（网格员）：网格 第一网格；职务 网格员；人员来源 安置点居民；"
             "搬迁群众 李芳；任职起始日期 2026-01-01",
             "wangli 新增结对帮扶 430524001-0001 – 李芳：搬迁户 430524001-0001（王建国）；结对对象 "
             "网格工作人员；"
             "网格工作人员 李芳（网格员）；结对起始日期 2026-01-01",
             "wangli 新增结对联系记录（430524001-0001 – 李芳）：联系日期 2026-11-10；联系方式 电话",
             "wangli 新增关爱对象（王建国）：关爱类别 住院；起始日期 2026-11-01",
             "wangli 新增住户标记（430524001-0001（王建国））：标记为 困难家庭；起始日期 2026-01-01；原因 "
             "户主重病",
             "wangli 新增走访任务 四必访（住院，2026-11-01 起）：搬迁户 430524001-0001（王建国）；走访对象 "
             "王建国；"
             "任务来源 走访规则；关爱对象 王建国（住院）；责任人 李芳（网格员）；最迟走访日期 2026-11-07",
             "wangli 新增走访任务 四必访（困难家庭，2026-11-01 起）：搬迁户 430524001-0001（王建国）；"
             "任务来源 走访规则；住户标记 430524001-0001（困难家庭）；最迟走访日期 2026-11-30",
             "wangli 新增网格事件 2026-11-05 楼上漏水：安置点 测试安置点；网格 第一网格；事件类型 矛盾调处；"
             "反映人 王建国；办理期限 2026-11-20；承办人 李芳（网格员）；办理层级 网格员；办理状态 已受理；"
             "状态变更日期 2026-11-05",
             "wangli 新增事件涉及的住户 2026-11-05 楼上漏水 – 430524001-0001（王建国）",
             "wangli 新增走访记录 2026-11-06 事件走访：搬迁户 430524001-0001（王建国）；走访对象 王建国；"
             "走访人类别 网格工作人员；走访网格工作人员 李芳（网格员）；走访情况 双方同意修缮；"
             "走访任务 四必访（住院，2026-11-01 起）；网格事件 2026-11-05 楼上漏水",
             "wangli 修改走访任务 四必访（住院，2026-11-01 起）：完成任务的走访 — → 2026-11-06 事件走访；"
             "完成日期 — → 2026-11-06",
             "wangli 修改网格事件 2026-11-05 楼上漏水：办理状态 已受理 → 已办结；"
             "状态变更日期 2026-11-05 → 2026-11-18；办结日期 — → 2026-11-18；办理结果 — → 已调解；"
             "群众满意度 — → 满意",
         })
        QVERIFY2(texts.contains(QString::fromUtf8(expected)), qPrintable(all));
    QCOMPARE(texts.size(), 15);
    // Neither a column nor a stored code is left in the words (grid_id, dispute_mediation, resident …).
    QVERIFY2(!all.contains(QRegularExpression(
                 QStringLiteral("[a-z]+_[a-z]+|resident|received|satisfied|staff|phone|hospitalised|rule"))),
             qPrintable(all));
}

void TestAuditSentences::partyGroupNamedInTheTrail()
{
    // A member put into a 党小组: the trail names the group with its branch (two branches may each have
    // a 第一党小组), looked up on the engine itself, not the group's number.
    Database& db = m_db->db();
    m_db->logInAs(Role::Secretary, {}, QStringLiteral("yumin"));
    const auto run = [&](const char* sql, const QVariantList& values, const char* table) -> qint64 {
        QSqlQuery q(db.connection());
        q.prepare(QLatin1String(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning().noquote() << q.lastError().text();
            return -1;
        }
        if (!q.exec(QStringLiteral("SELECT max(id) FROM %1").arg(QLatin1String(table))) || !q.next())
            return 0;
        return q.value(0).toLongLong();
    };
    const QDate founded(2026, 3, 1);
    qint64 group = 0;
    {
        WriteTransaction t(db);
        const qint64 branch =
            run("INSERT INTO party_organisations (kind, name, founding_date) VALUES ('branch', ?, ?)",
                {QStringLiteral("阳光小区党支部"), founded}, "party_organisations");
        QVERIFY(branch > 0);
        const qint64 member =
            run("INSERT INTO party_members (origin, cadre_name, organisation_id, stage, stage_date)"
                " VALUES ('outside_cadre', ?, ?, 'full', ?)",
                {QStringLiteral("余敏"), branch, QDate(2010, 7, 1)}, "party_members");
        QVERIFY(member > 0);
        group = run("INSERT INTO party_groups (branch_id, name, founding_date) VALUES (?, ?, ?)",
                    {branch, QStringLiteral("第一党小组"), founded}, "party_groups");
        QVERIFY(group > 0);
        QVERIFY(run("INSERT INTO party_group_stays (member_id, group_id, start_date) VALUES (?, ?, ?)",
                    {member, group, founded}, "party_group_stays") > 0);
        QVERIFY(t.commit());
    }
    m_db->logInAs(Role::Manager, {}, QStringLiteral("zhang"));
    const Result<QList<AuditEntry>> page = AuditLog(db).page({}, 0, 500);
    QVERIFY2(page, qPrintable(page.summary()));
    QStringList texts;
    for (const AuditSentence& s : AuditNarrator(db).narrate(page.value()))
        texts.append(s.text);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("党小组 第一党小组（阳光小区党支部）；起始日期 2026-03-01")),
             qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("党小组 %1；").arg(group)), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestAuditSentences)
#include "tst_auditsentences.moc"
