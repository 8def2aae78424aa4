#include "party/MeetingDialog.h"

#include "domain/Enums.h"
#include "party/MeetingAttendance.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
enum AttendanceColumn
{
    MemberColumn,
    PresentColumn,
    ReasonColumn,
};
} // namespace

MeetingDialog::MeetingDialog(const Database& db, qint64 meetingId, qint64 organisationId,
                             std::optional<party::MeetingType> presetType, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("meetingDialog"));
    m_type = new QComboBox(this);
    for (const auto& info : enumInfos<party::MeetingType>())
        m_type->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_date = new OptionalDateEdit(this);
    m_topic = new QLineEdit(this);
    m_topic->setPlaceholderText(tr("e.g. studying the latest documents of the Party"));
    m_place = new QLineEdit(this);
    m_attendance = new QTableWidget(0, 3, this);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_attendance->setHorizontalHeaderLabels({tr("Member"), tr("Present"), tr("Reason for absence")});
    m_attendance->verticalHeader()->hide();
    m_attendance->verticalHeader()->setDefaultSectionSize(m_attendance->fontMetrics().height() + 10);
    m_attendance->horizontalHeader()->setStretchLastSection(true);
    m_attendance->setColumnWidth(MemberColumn,
                                 m_attendance->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Type:"), m_type, "meetingType");
    m_errors.addRow(form, this, tr("&Date:"), m_date, "meetingDate", QLatin1String(Field::MeetingDate));
    m_errors.addRow(form, this, tr("T&opic:"), m_topic, "meetingTopic", QLatin1String(Field::MeetingTopic));
    m_errors.addRow(form, this, tr("&Place:"), m_place, "meetingPlace");
    auto* attendanceLabel = new QLabel(tr("&Attendance (untick who was absent and give the reason):"), this);
    attendanceLabel->setBuddy(m_attendance);
    auto* attendanceError = FieldError::makeLabel(this);
    m_errors.add(QLatin1String(Field::MeetingAttendance), m_attendance, attendanceError);
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(attendanceLabel);
    layout->addWidget(m_attendance, 1);
    layout->addWidget(attendanceError);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(640, 620);

    party::Meeting meeting;
    meeting.organisationId = organisationId;
    meeting.date = QDate::currentDate();
    if (presetType)
        meeting.type = *presetType;
    if (meetingId != 0) {
        if (auto stored = party::PartyActivityRepository(db).meeting(meetingId))
            meeting = *stored;
    }
    m_meeting = meeting;
    setWindowTitle(meeting.id == 0 ? tr("New meeting") : tr("Meeting – %1").arg(meeting.topic));
    m_type->setCurrentIndex(qMax(0, m_type->findData(static_cast<int>(meeting.type))));
    m_date->setValue(meeting.date);
    m_topic->setText(meeting.topic);
    m_place->setText(meeting.place);
    fillAttendance(meeting);
    m_topic->setFocus();
}

void MeetingDialog::fillAttendance(const party::Meeting& meeting)
{
    QList<party::Attendance> rows = meeting.attendance;
    if (meeting.id == 0) {
        // A new meeting lists who is expected, all present until told otherwise.
        const Result<QList<party::Attendance>> expected =
            party::MeetingAttendance::expected(m_db, meeting.organisationId);
        if (expected)
            rows.append(expected.value());
    }
    m_attendance->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto* name = new QTableWidgetItem(rows.at(i).memberName);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::UserRole, rows.at(i).memberId);
        m_attendance->setItem(i, MemberColumn, name);
        auto* present = new QTableWidgetItem;
        present->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        present->setCheckState(rows.at(i).present ? Qt::Checked : Qt::Unchecked);
        m_attendance->setItem(i, PresentColumn, present);
        m_attendance->setItem(i, ReasonColumn, new QTableWidgetItem(rows.at(i).absenceReason));
    }
}

void MeetingDialog::accept()
{
    party::Meeting meeting = m_meeting;
    meeting.type = static_cast<party::MeetingType>(m_type->currentData().toInt());
    meeting.date = m_date->value();
    meeting.topic = m_topic->text().trimmed();
    meeting.place = m_place->text().trimmed();
    meeting.attendance.clear();
    for (int i = 0; i < m_attendance->rowCount(); ++i) {
        party::Attendance a;
        a.memberId = m_attendance->item(i, MemberColumn)->data(Qt::UserRole).toLongLong();
        a.memberName = m_attendance->item(i, MemberColumn)->text();
        a.present = m_attendance->item(i, PresentColumn)->checkState() == Qt::Checked;
        a.absenceReason = a.present ? QString() : m_attendance->item(i, ReasonColumn)->text().trimmed();
        meeting.attendance.append(a);
    }
    const Result<party::Meeting> saved = party::PartyService(m_db).saveMeeting(meeting);
    if (!m_errors.show(saved))
        return;
    emit meetingSaved(saved.value().id);
    QDialog::accept();
}

} // namespace anju
