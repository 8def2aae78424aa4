#include "TableReaderFixtures.h"
#include "TestDatabase.h"

#include "exchange/PartyRosterExporter.h"
#include "exchange/PartyRosterImporter.h"
#include "party/OrganisationRepository.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyService.h"
#include "registry/RegistryService.h"

#include <QSqlQuery>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>

using namespace anju;
using namespace anju::test;

namespace {

const QDate Today(2026, 11, 28);
const QString Longhui = QStringLiteral("430524");
const QString Header = QStringLiteral(
    "姓名,性别,身份证号,所在党支部,申请入党日期,确定为入党积极分子日期,确定为发展对象日期,接收为预备党员日期,"
    "转为正式党员日期,培养联系人,入党介绍人,党员状态,联系电话,工作单位及职务,流动党员外出地点");

QByteArray inlineCell(const QString& ref, const QString& text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text).toUtf8();
}

// A sheet row of inline strings from comma-separated texts.
QByteArray sheetRow(int number, const QString& csv)
{
    QByteArray out = QStringLiteral("<row r=\"%1\">").arg(number).toUtf8();
    const QStringList cells = csv.split(QLatin1Char(','));
    for (int i = 0; i < cells.size(); ++i)
        if (!cells.at(i).isEmpty())
            out += inlineCell(QChar(u'A' + i) + QString::number(number), cells.at(i));
    return out + "</row>";
}

} // namespace

// The branch's Excel roster 党员花名册 (issue 16): the household roster's readers, header search and cell
// parsing; hard errors reject rows and write nothing; old records' deviations import as entered from
// records with a warning each; importing again changes nothing. On both engines.
class TestPartyImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_dir;
    qint64 m_branch = 0;
    QString m_residentId;

    Database& db() { return m_test->db(); }

    qint64 organisation(party::OrganisationKind kind, const QString& name, qint64 parent)
    {
        party::Organisation o;
        o.kind = kind;
        o.name = name;
        o.parentId = parent;
        o.foundingDate = QDate(2000, 7, 1);
        const auto saved = party::PartyService(db()).saveOrganisation(o, Today, Today);
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        return saved.value().id;
    }

    QString csv(const QString& name, const QStringList& lines, bool gb18030 = false)
    {
        const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
        QByteArray bytes = text.toUtf8();
        if (gb18030) {
            QStringEncoder encode("GB18030");
            bytes = encode(text);
        }
        return writeFile(m_dir.filePath(name), bytes);
    }

    exchange::PartyImportSummary import(const QString& path, bool dryRun = false)
    {
        exchange::PartyImportOptions options;
        options.path = path;
        options.dryRun = dryRun;
        options.today = Today;
        const auto result = exchange::PartyRosterImporter(db()).run(options);
        if (!result)
            qFatal("import: %s", qPrintable(result.summary()));
        return result.value();
    }

    int memberCount()
    {
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM party_members"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    static QString messages(const QList<exchange::ImportError>& list)
    {
        QStringList out;
        for (const auto& e : list)
            out << QStringLiteral("%1 %2: %3").arg(e.row).arg(e.column, e.message);
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestDatabase>();
        const qint64 committee =
            organisation(party::OrganisationKind::Committee, QStringLiteral("桃洪镇安置社区党委"), 0);
        m_branch = organisation(party::OrganisationKind::Branch, QStringLiteral("第一党支部"), committee);
        // A resident of the register, matched by ID number.
        Household h;
        h.siteId = m_test->siteId();
        h.number = QStringLiteral("H0001");
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = Longhui;
        m_residentId = makeIdNumber(Longhui, QDate(1975, 5, 5), 11);
        h.members = {makePerson(QStringLiteral("李建国"), m_residentId, Relationship::Head)};
        const auto saved = registry::RegistryService(db()).saveHousehold(h, Today);
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
    }

    void csvWithTitleRowsAndTextDates()
    {
        const QString cadreId = makeIdNumber(Longhui, QDate(1980, 3, 3), 22);
        const QString path =
            csv(QStringLiteral("roster.csv"),
                {QStringLiteral("第一党支部党员花名册,,,,"),
                 QStringLiteral("填报单位：桃洪镇安置社区党委,,,"), Header,
                 // Text dates in the forms offices type them.
                 QStringLiteral(
                     "李建国,男,%1,第一党支部,2000.3.1,2000年9月1日,2001/10/1,2002-07-01,20030701,王五,"
                     "王五、赵六,正常,13800000001,,")
                     .arg(m_residentId),
                 QStringLiteral(
                     "周敏,女,%1,第一党支部,2004-01-05,2004-07-01,2005-08-01,2006-07-01,2007-07-01,,张三、"
                     "李四,流动,13900000002,县农业局 干部,广东省东莞市")
                     .arg(cadreId.toLower())});
        const auto first = import(path);
        QVERIFY2(first.errors.isEmpty(), qPrintable(messages(first.errors)));
        // No member of the office is named 王五, 赵六, 张三 or 李四: each kept as written, with a warning.
        QCOMPARE(first.warnings.size(), 5);
        QVERIFY2(
            messages(first.warnings).contains(QStringLiteral("4 入党介绍人: No party member is named 赵六")),
            qPrintable(messages(first.warnings)));
        QCOMPARE(first.headerRow, 3);
        QCOMPARE(first.membersImported, 2);
        QVERIFY(first.written);

        party::PartyMemberRepository members(db());
        const QList<party::PartyMember> all = members.allMembers();
        QCOMPARE(all.size(), 2);
        for (const party::PartyMember& m : all) {
            QCOMPARE(m.stage, party::DevelopmentStage::Full);
            QCOMPARE(m.organisationId, m_branch);
            if (m.name == QStringLiteral("李建国")) {
                QVERIFY(m.isResident()); // matched by ID number
                QCOMPARE(m.dateOf(party::StageEvent::Activist), QDate(2000, 9, 1));
                QCOMPARE(m.dateOf(party::StageEvent::Conversion), QDate(2003, 7, 1));
                QVERIFY(m.note.contains(QStringLiteral("王五、赵六")));
            } else {
                QCOMPARE(m.origin, party::MemberOrigin::OutsideCadre);
                QCOMPARE(m.idNumber, cadreId); // the lower-case x normalized
                QCOMPARE(m.state, party::MemberState::Mobile);
                QCOMPARE(m.stateHistory.last().reason, QStringLiteral("广东省东莞市"));
                QCOMPARE(m.workUnit, QStringLiteral("县农业局 干部"));
            }
        }
        // Importing the same file again changes nothing.
        QSqlQuery steps(db().connection());
        steps.exec(QStringLiteral("SELECT COUNT(*) FROM party_stage_steps"));
        QVERIFY(steps.next());
        const int stepCount = steps.value(0).toInt();
        const auto again = import(path);
        QCOMPARE(again.membersImported, 0);
        QCOMPARE(again.membersUnchanged, 2);
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(memberCount(), 2);
        steps.exec(QStringLiteral("SELECT COUNT(*) FROM party_stage_steps"));
        QVERIFY(steps.next());
        QCOMPARE(steps.value(0).toInt(), stepCount);
    }

    // Export → import changes nothing: into the same database (every member already on file) and into a
    // new one with the same branches and residents (the same members, stages, dates and details).
    void roundTripThroughTheExport()
    {
        const QString cadreId = makeIdNumber(Longhui, QDate(1980, 3, 3), 22);
        const QString young = makeIdNumber(Longhui, QDate(1990, 6, 1), 91);
        const QString path = csv(
            QStringLiteral("roster.csv"),
            {Header,
             QStringLiteral(
                 "李建国,男,%1,第一党支部,2000-03-01,2000-09-01,2001-10-01,2002-07-01,2003-07-01,王五,"
                 "王五、赵六,正常,13800000001,,")
                 .arg(m_residentId),
             QStringLiteral("周敏,女,%1,第一党支部,2004-01-05,2004-07-01,2005-08-01,2006-07-01,,,张三,流动,,"
                            "县农业局,广东省东莞市")
                 .arg(cadreId),
             QStringLiteral("少年,男,%1,第一党支部,2006-06-01,2008-07-01,2009-01-01,,,,,,,,").arg(young)});
        const auto imported = import(path);
        QVERIFY2(imported.errors.isEmpty(), qPrintable(messages(imported.errors)));
        QCOMPARE(imported.membersImported, 3);
        const auto snapshot = [this] {
            QStringList rows;
            for (const party::PartyMember& m : party::PartyMemberRepository(db()).allMembers()) {
                QStringList steps;
                for (const party::StageStep& step : m.stageHistory)
                    steps << enumKey(step.event) + QLatin1Char('@') + step.date.toString(Qt::ISODate) +
                                 (step.fromRecords ? QStringLiteral("*") : QString());
                rows << QStringList{m.name,
                                    m.idNumber,
                                    enumKey(m.origin),
                                    enumKey(m.stage),
                                    enumKey(m.state),
                                    m.stateHistory.last().reason,
                                    m.phone,
                                    m.workUnit,
                                    m.note,
                                    steps.join(QLatin1Char(' '))}
                            .join(QLatin1Char('|'));
            }
            return rows;
        };
        const QStringList before = snapshot();
        const QString exported = m_dir.filePath(QStringLiteral("exported.xlsx"));
        const auto written = exchange::PartyRosterExporter(db()).write(exported);
        QVERIFY2(written.ok(), qPrintable(written.summary()));
        QCOMPARE(written.value(), 3);

        const auto again = import(exported);
        QVERIFY2(again.errors.isEmpty(), qPrintable(messages(again.errors)));
        QCOMPARE(again.headerRow, 2); // below the title row
        QCOMPARE(again.membersImported, 0);
        QCOMPARE(again.membersUnchanged, 3);
        QCOMPARE(snapshot(), before);

        init(); // a new database with the same branch and resident
        QCOMPARE(memberCount(), 0);
        const auto fresh = import(exported);
        QVERIFY2(fresh.errors.isEmpty(), qPrintable(messages(fresh.errors)));
        QCOMPARE(fresh.membersImported, 3);
        QCOMPARE(snapshot(), before);
    }

    void gb18030Csv()
    {
        const QString path = csv(
            QStringLiteral("gbk.csv"),
            {Header, QStringLiteral("李建国,男,%1,第一党支部,2010-03-01,,,,,,,,,,").arg(m_residentId)}, true);
        const auto summary = import(path);
        QVERIFY2(summary.errors.isEmpty(), qPrintable(messages(summary.errors)));
        QCOMPARE(summary.membersImported, 1);
        QCOMPARE(party::PartyMemberRepository(db()).allMembers().first().name, QStringLiteral("李建国"));
    }

    void xlsxWithMergedBranch()
    {
        const QString a = makeIdNumber(Longhui, QDate(1982, 1, 1), 31);
        const QString b = makeIdNumber(Longhui, QDate(1983, 2, 2), 41);
        QByteArray sheet = sheetRow(1, QStringLiteral("第一党支部党员花名册")) + sheetRow(2, Header) +
                           sheetRow(3, QStringLiteral("甲,男,%1,第一党支部,2010-01-01").arg(a)) +
                           sheetRow(4, QStringLiteral("乙,女,%1,,2011年3月").arg(b));
        const QString path = m_dir.filePath(QStringLiteral("roster.xlsx"));
        QVERIFY(writeZip(path, minimalWorkbook(sheet, "<mergeCells count=\"2\"><mergeCell ref=\"A1:O1\"/>"
                                                      "<mergeCell ref=\"D3:D4\"/></mergeCells>")));
        const auto summary = import(path);
        QVERIFY2(summary.errors.isEmpty(), qPrintable(messages(summary.errors)));
        QCOMPARE(summary.headerRow, 2);
        QCOMPARE(summary.membersImported, 2);
        for (const party::PartyMember& m : party::PartyMemberRepository(db()).allMembers())
            QCOMPARE(m.organisationId, m_branch); // the merged cell's value on both rows
        const auto loaded = party::PartyMemberRepository(db()).allMembers();
        const auto second = std::find_if(loaded.begin(), loaded.end(),
                                         [](const auto& m) { return m.name == QStringLiteral("乙"); });
        QVERIFY(second != loaded.end());
        QCOMPARE(second->stageDate, QDate(2011, 3, 1)); // a year and month: the 1st
    }

    void hardErrorsRejectRowsAndWriteNothing()
    {
        const QString ok = makeIdNumber(Longhui, QDate(1982, 1, 1), 31);
        const QString twice = makeIdNumber(Longhui, QDate(1984, 1, 1), 51);
        const QString path =
            csv(QStringLiteral("bad.csv"),
                {Header, QStringLiteral("好,男,%1,第一党支部,2010-01-01,,,,,,,,,,").arg(ok),
                 QStringLiteral("坏号,男,340524198001010013,第一党支部,2010-01-01,,,,,,,,,,"),
                 QStringLiteral("重一,男,%1,第一党支部,2010-01-01,,,,,,,,,,").arg(twice),
                 QStringLiteral("重二,男,%1,第一党支部,2010-01-01,,,,,,,,,,").arg(twice),
                 QStringLiteral("乱序,男,%1,第一党支部,2012-01-01,2011-01-01,,,,,,,,,")
                     .arg(makeIdNumber(Longhui, QDate(1985, 1, 1), 61)),
                 QStringLiteral("无支部,男,%1,第九党支部,2010-01-01,,,,,,,,,,")
                     .arg(makeIdNumber(Longhui, QDate(1986, 1, 1), 71)),
                 QStringLiteral("党委,男,%1,桃洪镇安置社区党委,2010-01-01,,,,,,,,,,")
                     .arg(makeIdNumber(Longhui, QDate(1987, 1, 1), 81))});
        for (bool dryRun : {true, false}) {
            const auto summary = import(path, dryRun);
            QCOMPARE(summary.rowsRejected, 5);
            QVERIFY(!summary.written);
            const QString text = messages(summary.errors);
            QVERIFY2(text.contains(QStringLiteral("3 身份证号")), qPrintable(text));
            QVERIFY2(
                text.contains(QStringLiteral("5 身份证号: The ID number %1 is on row 4 too.").arg(twice)),
                qPrintable(text));
            QVERIFY2(
                text.contains(QStringLiteral("6 确定为入党积极分子日期: 2011-01-01 is before 申请入党日期")),
                qPrintable(text));
            QVERIFY2(text.contains(
                         QStringLiteral("7 所在党支部: There is no party organisation named 第九党支部.")),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("8 所在党支部: Members sit in a branch")),
                     qPrintable(text));
            QCOMPARE(memberCount(), 0); // the good row is not written either
        }
    }

    // 培养联系人 and 入党介绍人 linked to the member a name means on the step's day (mentors on the activist
    // step, sponsors on the admission): one full member of the branch, else of the office; two namesakes,
    // nobody of that name, or a member not yet full on the day: kept as written, with a warning naming the
    // row and the column. Dates by hand: 孙八 was admitted on 2008-02-29, so the probation ended on
    // 2009-02-28 (no 29th in 2009) and he is full from that day, although the meeting converted him on
    // 2009-03-10.
    void mentorsAndSponsorsLinkedByName()
    {
        const qint64 committee = party::OrganisationRepository(db()).organisations().first().id;
        const qint64 second =
            organisation(party::OrganisationKind::Branch, QStringLiteral("第二党支部"), committee);
        int serial = 100;
        const auto id = [&](int year) { return makeIdNumber(Longhui, QDate(year, 1, 1), ++serial); };
        const auto helper = [&](const QString& name, const QString& branch, const QString& dates) {
            return QStringLiteral("%1,男,%2,%3,%4,,,,").arg(name, id(1960), branch, dates);
        };
        const QString full = QStringLiteral("1996-01-01,1996-07-01,1997-01-01,1997-07-01,1998-07-01");
        const auto helpers =
            import(csv(QStringLiteral("helpers.csv"),
                       {Header, helper(QStringLiteral("王五"), QStringLiteral("第一党支部"), full),
                        helper(QStringLiteral("赵六"), QStringLiteral("第一党支部"), full),
                        helper(QStringLiteral("赵六"), QStringLiteral("第二党支部"), full),
                        helper(QStringLiteral("张三"), QStringLiteral("第二党支部"), full),
                        helper(QStringLiteral("张三"), QStringLiteral("第二党支部"), full),
                        helper(QStringLiteral("孙八"), QStringLiteral("第一党支部"),
                               QStringLiteral("2006-01-01,2006-07-01,2007-07-01,2008-02-29,2009-03-10"))}));
        QVERIFY2(helpers.errors.isEmpty(), qPrintable(messages(helpers.errors)));
        QCOMPARE(helpers.membersImported, 6);
        QHash<QString, qint64> idOf; // name → id, the first branch's namesake winning
        for (const party::PartyMember& m : party::PartyMemberRepository(db()).allMembers())
            if (!idOf.contains(m.name) || m.organisationId == m_branch)
                idOf.insert(m.name, m.id);
        QVERIFY(second > 0);

        const auto mentee = [&](const QString& name, const QString& dates, const QString& mentors,
                                const QString& sponsors = {}) {
            QStringList cells = dates.split(QLatin1Char(','));
            while (cells.size() < 5)
                cells << QString();
            return QStringLiteral("%1,女,%2,第一党支部,%3,%4,%5,,,,")
                .arg(name, id(1980), cells.join(QLatin1Char(',')), mentors, sponsors);
        };
        const QString path = csv(
            QStringLiteral("mentees.csv"),
            {Header,
             // Row 2: both names linked, 赵六 to the branch's own, not the namesake of 第二党支部.
             mentee(QStringLiteral("甲"), QStringLiteral("2000-03-01,2000-09-01,2001-10-01,2002-07-01"),
                    QStringLiteral("王五、赵六"), QStringLiteral("王五 赵六")),
             // Row 3: two full members named 张三 (none of them in the branch): ambiguous.
             mentee(QStringLiteral("乙"), QStringLiteral("2000-03-01,2001-01-01"), QStringLiteral("张三")),
             // Row 4: nobody of that name.
             mentee(QStringLiteral("丙"), QStringLiteral("2000-03-01,2001-01-01"), QStringLiteral("无名氏")),
             // Row 5: the day before 孙八's probation ended; row 6: that very day.
             mentee(QStringLiteral("丁"), QStringLiteral("2008-03-01,2009-02-27"), QStringLiteral("孙八")),
             mentee(QStringLiteral("戊"), QStringLiteral("2008-03-01,2009-02-28"), QStringLiteral("孙八"))});
        const auto summary = import(path);
        QVERIFY2(summary.errors.isEmpty(), qPrintable(messages(summary.errors)));
        QCOMPARE(summary.membersImported, 5);
        const QString text = messages(summary.warnings);
        QVERIFY2(text.contains(QStringLiteral(
                     "3 培养联系人: 2 full members are named 张三 on 2001-01-01: not linked to one of them")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("4 培养联系人: No party member is named 无名氏: not linked")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral(
                "5 培养联系人: 孙八 is not a full member on 2009-02-27 (full from 2009-02-28): not linked")),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("2 培养联系人")) &&
                     !text.contains(QStringLiteral("6 培养联系人")),
                 qPrintable(text));

        QHash<QString, party::PartyMember> byName;
        for (const party::PartyMember& m : party::PartyMemberRepository(db()).allMembers())
            byName.insert(m.name, m);
        const party::PartyMember a = byName.value(QStringLiteral("甲"));
        QCOMPARE(a.mentor1Id, idOf.value(QStringLiteral("王五")));
        QCOMPARE(a.mentor2Id, idOf.value(QStringLiteral("赵六")));
        QCOMPARE(a.sponsor1Id, idOf.value(QStringLiteral("王五")));
        QCOMPARE(a.sponsor2Id, idOf.value(QStringLiteral("赵六")));
        QVERIFY(!a.stageHistory.at(1).fromRecords); // the activist step had its mentors
        const party::PartyMember b = byName.value(QStringLiteral("乙"));
        QCOMPARE(b.mentor1Id, 0);
        QVERIFY(b.stageHistory.at(1).fromRecords); // no mentor on the record: set aside as from records
        QVERIFY(b.note.contains(QStringLiteral("培养联系人：张三"))); // kept as written
        QCOMPARE(byName.value(QStringLiteral("丙")).mentor1Id, 0);
        QCOMPARE(byName.value(QStringLiteral("丁")).mentor1Id, 0);
        QCOMPARE(byName.value(QStringLiteral("戊")).mentor1Id, idOf.value(QStringLiteral("孙八")));

        // Exported and read back: the linked and the written names alike.
        const QString exported = m_dir.filePath(QStringLiteral("mentees.xlsx"));
        QVERIFY(exchange::PartyRosterExporter(db()).write(exported).ok());
        const auto again = import(exported);
        QVERIFY2(again.errors.isEmpty(), qPrintable(messages(again.errors)));
        QCOMPARE(again.membersUnchanged, 11);
    }

    void oldRecordsImportFromRecordsWithWarnings()
    {
        // 16 at the application, activist to target in 6 months, one sponsor, converted after 2 years.
        const QString young = makeIdNumber(Longhui, QDate(1990, 6, 1), 91);
        const QString path =
            csv(QStringLiteral("old.csv"),
                {Header, QStringLiteral(
                             "少年,男,%1,第一党支部,2006-06-01,2008-07-01,2009-01-01,2009-07-01,2011-07-01,,"
                             "张三,,,,")
                             .arg(young)});
        const auto dry = import(path, true);
        QVERIFY2(dry.errors.isEmpty(), qPrintable(messages(dry.errors)));
        QCOMPARE(dry.membersImported, 1);
        QCOMPARE(memberCount(), 0); // the dry run rolled back
        const auto summary = import(path);
        QVERIFY2(summary.errors.isEmpty(), qPrintable(messages(summary.errors)));
        const QString text = messages(summary.warnings);
        QCOMPARE(summary.warnings.size(), 5); // and 张三, whom no member is named
        QVERIFY2(text.contains(QStringLiteral("age of 18")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("one year of cultivation ends on 2009-07-01")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("入党介绍人: The roster names 1 sponsor(s)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("probation ended on 2010-07-01")), qPrintable(text));
        const party::PartyMember m = party::PartyMemberRepository(db()).allMembers().first();
        QVERIFY(m.enteredFromRecords);
        QCOMPARE(m.stage, party::DevelopmentStage::Full);
        QVERIFY(m.stageHistory.first().fromRecords); // the application under 18
        QVERIFY(m.stageHistory.first().reason.contains(QStringLiteral("old.csv")));
        QVERIFY(m.stageHistory.at(2).fromRecords); // the development target
    }
};

QTEST_GUILESS_MAIN(TestPartyImport)
#include "tst_partyimport.moc"
