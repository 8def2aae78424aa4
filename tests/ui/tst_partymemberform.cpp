#include "PartyFixture.h"

#include "party/DuesPanel.h"
#include "party/MeetingDialog.h"
#include "party/MemberDuesBox.h"
#include "party/MemberForm.h"
#include "party/NewMemberDialog.h"
#include "party/OrganisationTreeModel.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyGroupDialog.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyPage.h"
#include "party/PartyRules.h"
#include "party/ReviewModel.h"
#include "party/ReviewPanel.h"
#include "party/StageTimeline.h"
#include "party/TransitionBox.h"
#include "widgets/FieldError.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace anju;

// The secretary's workflow of a conversion: the review lists a probationary member as due, the row opens
// the member form, the conversion is recorded there with its date, and the review no longer lists them.
class TestPartyMemberForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void conversionThroughTheMemberForm();
    void futureDateIsRefusedNextToTheField();
    void earlyConversionIsRefusedWithCoresMessage();
    void conversionWaitsForTheConfirmation();
    void newCadreWithTheStepsOnFile();
    void branchListsOfferBranchesOnly();
    void reviewRowsOpenTheRecordToActOn();
    void duesPaymentClearsTheArrears();

private:
    static int reviewRowOf(const ReviewModel& model, party::ReviewKind kind, qint64 memberId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const party::PartyReviewItem* item = model.item(row);
            if (item->kind == kind && item->memberId == memberId)
                return row;
        }
        return -1;
    }
};

void TestPartyMemberForm::conversionThroughTheMemberForm()
{
    test::PartyFixture f;
    const QDate today = QDate::currentDate();
    const QDate admitted = today.addYears(-1).addDays(-10); // probation ended ten days ago
    const qint64 id = f.addProbationary(QStringLiteral("王建国"), admitted, 11);

    PartyPage page(f.t.db());
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The review lists the conversion; Enter on its row opens the member form.
    ReviewPanel* review = page.reviewPanel();
    const int row = reviewRowOf(*review->model(), party::ReviewKind::ConversionDue, id);
    QVERIFY2(row >= 0, "the conversion is not in the review list");
    QCOMPARE(review->model()->item(row)->dueDate, admitted.addYears(1));
    review->view()->setFocus();
    review->view()->setCurrentIndex(review->model()->index(row, 0));
    QTest::keyClick(review->view(), Qt::Key_Return);
    auto* form = page.findChild<MemberForm*>();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    QCOMPARE(form->member().id, id);
    QCOMPARE(form->member().stage, party::DevelopmentStage::Probationary);

    // The timeline shows every step with its date and the conversion due.
    StageTimeline* timeline = form->timeline();
    QCOMPARE(timeline->rowCount(), 6); // five steps and the conversion due
    QVERIFY2(timeline->rowText(4).endsWith(admitted.toString(Qt::ISODate)), qPrintable(timeline->rowText(4)));
    QVERIFY(timeline->rowText(5).endsWith(admitted.addYears(1).toString(Qt::ISODate)));

    // Conversion is offered first, asking for the branch meeting's date and the approval's.
    TransitionBox* box = form->transitionBox();
    QCOMPARE(box->eventCombo()->currentData().toInt(), int(party::StageEvent::Conversion));
    QVERIFY(box->approvalEdit()->isVisible());
    const QDate converted = admitted.addYears(1);
    const QDate approved = today.addDays(-3);
    box->dateEdit()->setValue(converted);
    box->approvalEdit()->setValue(approved);
    // What will happen is shown and confirmed before anything is written.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);
    const QString shown = MessageBox::lastText();
    for (const QString& part :
         QStringList{QStringLiteral("王建国"), enumLabel(party::DevelopmentStage::Probationary),
                     enumLabel(party::DevelopmentStage::Full), converted.toString(Qt::ISODate),
                     approved.toString(Qt::ISODate),
                     QStringLiteral("Party standing counts from: ") + converted.toString(Qt::ISODate)})
        QVERIFY2(shown.contains(part), qPrintable(part + QStringLiteral(" not in: ") + shown));

    QCOMPARE(form->member().stage, party::DevelopmentStage::Full);
    const auto stored = party::PartyMemberRepository(f.t.db()).member(id);
    QVERIFY(stored);
    QCOMPARE(stored->stage, party::DevelopmentStage::Full);
    QCOMPARE(stored->dateOf(party::StageEvent::Conversion), converted);
    // The approval is kept with the step.
    QVERIFY2(stored->stageHistory.constLast().note.contains(approved.toString(Qt::ISODate)),
             qPrintable(stored->stageHistory.constLast().note));
    QCOMPARE(timeline->rowCount(), 6); // five steps and the conversion, nothing due any more
    QCOMPARE(timeline->rowText(5),
             QStringLiteral("Converted to full member ") + converted.toString(Qt::ISODate));
    QVERIFY(!box->isEnabled()); // a full member has no next step
    QVERIFY(form->findChild<QLabel*>(QStringLiteral("memberStageLabel"))
                ->text()
                .contains(QStringLiteral("Full member")));

    // The page read the review again: the member is no longer due.
    form->reject();
    QCOMPARE(reviewRowOf(*review->model(), party::ReviewKind::ConversionDue, id), -1);
    // And the tree counts a full member instead of a probationary one.
    const QModelIndex office = page.organisationModel()->officeIndex();
    QCOMPARE(page.organisationModel()->totals().of(party::DevelopmentStage::Full), 1);
    QCOMPARE(page.organisationModel()->totals().of(party::DevelopmentStage::Probationary), 0);
    QCOMPARE(page.organisationModel()->index(office.row(), int(OrganisationColumn::Full)).data().toString(),
             QStringLiteral("1"));
}

void TestPartyMemberForm::futureDateIsRefusedNextToTheField()
{
    test::PartyFixture f;
    const QDate today = QDate::currentDate();
    const qint64 id = f.addProbationary(QStringLiteral("赵敏"), today.addYears(-1).addDays(-3), 12);
    MemberForm form(f.t.db(), id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    TransitionBox* box = form.transitionBox();
    box->dateEdit()->setValue(today.addDays(5));
    QVERIFY(!box->record());

    // Core's message under the date field, the field marked, nothing recorded, no reason offered.
    auto* error = form.findChild<QLabel*>(QStringLiteral("transitionDateError"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    // Refused for the future date (the message names it), not for some other rule.
    QVERIFY2(error->text().contains(today.addDays(5).toString(Qt::ISODate)), qPrintable(error->text()));
    QVERIFY(FieldError::isShown(box->dateEdit()));
    QVERIFY(!box->isAskingForReason());
    QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->stage, party::DevelopmentStage::Probationary);
}

void TestPartyMemberForm::earlyConversionIsRefusedWithCoresMessage()
{
    test::PartyFixture f;
    const QDate today = QDate::currentDate();
    const QDate admitted = today.addMonths(-8);
    const qint64 id = f.addProbationary(QStringLiteral("陈红"), admitted, 13);
    MemberForm form(f.t.db(), id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    TransitionBox* box = form.transitionBox();
    box->dateEdit()->setValue(today);
    box->approvalEdit()->setValue(today);

    // Probation is not over: refused (a hard rule) under the meeting's date with core's message, no reason
    // offered, nothing asked to confirm, nothing recorded.
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QString before = MessageBox::lastText();
    QVERIFY(!box->record());
    QVERIFY(!box->isAskingForReason());
    auto* error = form.findChild<QLabel*>(QStringLiteral("transitionDateError"));
    QVERIFY(error && error->isVisible());
    const QString expected =
        party::PartyRules::checkTransition(*party::PartyMemberRepository(f.t.db()).member(id),
                                           {id, party::StageEvent::Conversion, today, {}, 0, {}}, today, {})
            .blocking.messageFor(QLatin1String(Field::TransitionDate));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(error->text(), expected);
    QVERIFY(error->text().contains(admitted.addYears(1).toString(Qt::ISODate)));
    QCOMPARE(MessageBox::lastText(), before);
    QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->stage, party::DevelopmentStage::Probationary);
}

void TestPartyMemberForm::conversionWaitsForTheConfirmation()
{
    test::PartyFixture f;
    const QDate today = QDate::currentDate();
    const qint64 id = f.addProbationary(QStringLiteral("刘洋"), today.addYears(-1).addDays(-20), 14);
    MemberForm form(f.t.db(), id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    TransitionBox* box = form.transitionBox();
    box->dateEdit()->setValue(today.addDays(-10));

    // No approval date, then one before the meeting: refused next to the approval field.
    QVERIFY(!box->record());
    auto* approvalError = form.findChild<QLabel*>(QStringLiteral("transitionApprovalDateError"));
    QVERIFY(approvalError && approvalError->isVisible());
    box->approvalEdit()->setValue(today.addDays(-12));
    QVERIFY(!box->record());
    QVERIFY(approvalError->isVisible());
    QVERIFY(FieldError::isShown(box->approvalEdit()));

    // Cancelled at the confirmation: nothing recorded.
    box->approvalEdit()->setValue(today.addDays(-5));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!box->record());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("刘洋")));
    QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->stage, party::DevelopmentStage::Probationary);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(box->record());
    QCOMPARE(party::PartyMemberRepository(f.t.db()).member(id)->stage, party::DevelopmentStage::Full);
}

// A member sits in a 党支部 or 联合党支部 and a 党小组 divides one (core's PartyRules::holdsMembers): the
// new member's branch list and the party group's branch list name no 总支 or 党委 (issue 16 item 9).
void TestPartyMemberForm::branchListsOfferBranchesOnly()
{
    test::PartyFixture f;
    party::PartyService service(f.t.db());
    party::Organisation general;
    general.kind = party::OrganisationKind::GeneralBranch;
    general.name = QStringLiteral("安置社区党总支");
    general.foundingDate = QDate(2018, 7, 1);
    const qint64 generalId = service.saveOrganisation(general, QDate(2018, 7, 1)).value().id;
    party::Organisation joint;
    joint.kind = party::OrganisationKind::JointBranch;
    joint.name = QStringLiteral("联合党支部");
    joint.parentId = generalId;
    joint.foundingDate = QDate(2018, 7, 1);
    const qint64 jointId = service.saveOrganisation(joint, QDate(2018, 7, 1)).value().id;
    const auto listed = [](QComboBox* combo) {
        QList<qint64> ids;
        for (int i = 0; i < combo->count(); ++i)
            ids.append(combo->itemData(i).toLongLong());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QList<qint64> branches{f.branchId, jointId};
    std::sort(branches.begin(), branches.end());
    NewMemberDialog dialog(f.t.db(), generalId);
    QCOMPARE(listed(dialog.findChild<QComboBox*>(QStringLiteral("newMemberOrganisation"))), branches);
    PartyGroupDialog group(f.t.db(), 0, generalId);
    QCOMPARE(listed(group.findChild<QComboBox*>(QStringLiteral("groupBranch"))), branches);
}

void TestPartyMemberForm::newCadreWithTheStepsOnFile()
{
    test::PartyFixture f;
    NewMemberDialog dialog(f.t.db(), f.branchId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QRadioButton*>(QStringLiteral("originCadre"))->setChecked(true);

    // No name: refused, the message under the name field, nothing written.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    auto* nameError = dialog.findChild<QLabel*>(QStringLiteral("newMemberNameError"));
    QVERIFY(nameError && nameError->isVisible());
    QCOMPARE(party::PartyMemberRepository(f.t.db()).allMembers().size(), 0);

    dialog.findChild<QLineEdit*>(QStringLiteral("newMemberName"))->setText(QStringLiteral("孙立"));
    dialog.findChild<OptionalDateEdit*>(QStringLiteral("newMemberBirthDate"))->setValue(QDate(1990, 4, 2));
    dialog.findChild<QLineEdit*>(QStringLiteral("newMemberIdNumber"))
        ->setText(test::makeIdNumber(QStringLiteral("430524"), QDate(1990, 4, 2), 21));
    // An applicant who applied three weeks ago and was talked with last week.
    const QDate applied = QDate::currentDate().addDays(-21);
    const auto steps = dialog.findChildren<OptionalDateEdit*>();
    dialog.findChild<QCheckBox*>(QStringLiteral("step_application_talk"))->setChecked(true);
    int stepDates = 0;
    for (OptionalDateEdit* date : steps) {
        if (!date->objectName().isEmpty() || !date->isEnabled())
            continue; // the named ones are the cadre's and the joining date; unticked steps are disabled
        date->setValue(stepDates == 0 ? applied : applied.addDays(14));
        ++stepDates;
    }
    QCOMPARE(stepDates, 2);
    dialog.accept();
    QVERIFY2(!dialog.isVisible(),
             qPrintable(dialog.findChild<QLabel*>(QStringLiteral("generalError"))->text()));
    const auto stored = party::PartyMemberRepository(f.t.db()).member(dialog.memberId());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("孙立"));
    QCOMPARE(stored->origin, party::MemberOrigin::OutsideCadre);
    QCOMPARE(stored->stage, party::DevelopmentStage::Applicant);
    QCOMPARE(stored->dateOf(party::StageEvent::Application), applied);
    QCOMPARE(stored->dateOf(party::StageEvent::ApplicationTalk), applied.addDays(14));
    QCOMPARE(stored->organisationId, f.branchId);
}

void TestPartyMemberForm::reviewRowsOpenTheRecordToActOn()
{
    test::PartyFixture f;
    f.addProbationary(QStringLiteral("王建国"), QDate::currentDate().addYears(-2), 31);
    PartyPage page(f.t.db());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const ReviewModel* model = page.reviewPanel()->model();
    // A branch with one party member holds none of its meetings: a missing meeting opens a new one of
    // that type for that branch.
    bool sawMeeting = false;
    for (int row = 0; row < model->rowCount() && !sawMeeting; ++row) {
        // A copy: opening the record reads the list again.
        const party::PartyReviewItem found = *model->item(row);
        const party::PartyReviewItem* item = &found;
        if (item->kind != party::ReviewKind::MeetingMissing || !item->meetingType)
            continue;
        sawMeeting = true;
        page.openReviewItem(*item);
        auto* dialog = page.findChild<MeetingDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("meetingType"))->currentData().toInt(),
                 int(*item->meetingType));
        QCOMPARE(dialog->attendanceTable()->rowCount(), 1); // the branch's one party member
        dialog->reject();
        delete dialog;
    }
    QVERIFY(sawMeeting);
}

void TestPartyMemberForm::duesPaymentClearsTheArrears()
{
    test::PartyFixture f;
    const QDate today = QDate::currentDate();
    // Joined the branch the day after admission: dues are kept from that month (4,000 yuan pay: 40.00).
    const QDate admitted = today.addMonths(-5);
    const qint64 id = f.addProbationary(QStringLiteral("王建国"), admitted, 41);
    const QDate firstMonth = party::PartyRules::monthStart(admitted.addDays(1));
    const QDate thisMonth = party::PartyRules::monthStart(today);
    int owedMonths = 0;
    for (QDate m = firstMonth; m < thisMonth; m = m.addMonths(1))
        ++owedMonths;

    // The branch overview lists the member with what they owe before this month.
    DuesPanel panel(f.t.db());
    panel.setOrganisation(f.branchId);
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 5)->text(), QString::number(owedMonths));
    QCOMPARE(panel.table()->item(0, 6)->text(), party::PartyRules::formatYuan(4000 * owedMonths));

    MemberForm form(f.t.db(), id);
    form.showTab(MemberForm::Tab::Dues);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QListWidget* list = form.duesBox()->arrearsList();
    QCOMPARE(list->count(), owedMonths + 1); // this month too, to pay now
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i)
        ticked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(ticked, owedMonths); // this month is not ticked: it is not owed yet
    QVERIFY(form.duesBox()->recordPayment());

    const QList<party::DuesPayment> payments = party::PartyActivityRepository(f.t.db()).payments(id);
    QCOMPARE(payments.size(), owedMonths);
    QCOMPARE(payments.first().month, firstMonth);
    QCOMPARE(payments.first().amount, party::Fen(4000));
    QCOMPARE(list->count(), 1); // only this month is left to pay
    panel.refresh();
    QCOMPARE(panel.table()->item(0, 5)->text(), QStringLiteral("0"));
}

QTEST_MAIN(TestPartyMemberForm)
#include "tst_partymemberform.moc"
