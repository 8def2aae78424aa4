// Recording that a member left the party from the member's page: the action is there for members only,
// asks for confirmation, shows core's refusal next to the field, and writes nothing until confirmed.
#include "PartyFixture.h"

#include "party/LeaveDialog.h"
#include "party/MemberForm.h"
#include "party/PartyMemberRepository.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace anju;

class TestLeaveDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void leavingFromTheMembersPage()
    {
        test::PartyFixture f;
        const qint64 id = f.addMember(QStringLiteral("张强"), Sex::Male, QDate(1975, 5, 5),
                                      {{party::StageEvent::Admission, QDate(2010, 7, 1)},
                                       {party::StageEvent::Conversion, QDate(2011, 7, 1)}},
                                      11);
        const qint64 applicant = f.addMember(QStringLiteral("李申"), Sex::Male, QDate(1990, 5, 5),
                                             {{party::StageEvent::Application, QDate(2025, 7, 1)}}, 13);
        const QDate day = QDate::currentDate();
        party::Meeting meeting;
        meeting.organisationId = f.branchId;
        meeting.type = party::MeetingType::GeneralMeeting;
        meeting.date = day;
        meeting.topic = QStringLiteral("讨论党员除名");
        QVERIFY(party::PartyService(f.t.db()).saveMeeting(meeting, day).ok());

        {
            MemberForm form(f.t.db(), applicant);
            QVERIFY(form.findChild<QPushButton*>(QStringLiteral("leaveParty"))->isHidden());
        }
        MemberForm form(f.t.db(), id);
        QVERIFY(!form.findChild<QPushButton*>(QStringLiteral("leaveParty"))->isHidden());

        const auto member = party::PartyMemberRepository(f.t.db()).member(id);
        LeaveDialog dialog(f.t.db(), *member);
        auto* way = dialog.findChild<QComboBox*>(QStringLiteral("leavingWay"));
        // A full member's probation cannot be cancelled: the way is not offered.
        QCOMPARE(way->findData(static_cast<int>(party::LeavingWay::ProbationCancelled)), -1);
        dialog.setWay(party::LeavingWay::Removal);
        QCOMPARE(way->currentData().toInt(), static_cast<int>(party::LeavingWay::Removal));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("leavingMeeting"))->count(), 1);

        // No decision: refused next to the field, nothing written.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto* decisionError = dialog.findChild<QLabel*>(QStringLiteral("leavingDecisionError"));
        QVERIFY2(!decisionError->isHidden(), qPrintable(decisionError->text()));
        QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->state, party::MemberState::Normal);

        // Not confirmed: nothing written.
        dialog.findChild<QLineEdit*>(QStringLiteral("leavingDecision"))
            ->setText(QStringLiteral("党支字〔2026〕3号"));
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->state, party::MemberState::Normal);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto left = party::PartyMemberRepository(f.t.db()).member(id);
        QCOMPARE(left->state, party::MemberState::Left);
        QCOMPARE(left->stateDate, day);
    }
};

QTEST_MAIN(TestLeaveDialog)
#include "tst_leavedialog.moc"
