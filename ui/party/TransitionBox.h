#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace anju {

class Database;
class OptionalDateEdit;

// "Record a step": the next transition of a member as an explicit action with its date. PartyService
// checks it first: a step that can never be taken shows core's message next to the field; a step that
// breaks a rule the secretary may set aside (under 18, less than a year of cultivation, probation not
// over …) shows the message and asks for the reason, which is kept in the history with the step.
// Conversion to full member asks for the branch general meeting's date and the approval date, refuses
// a meeting before the probation ends with core's message, and shows what will be recorded (name,
// stages, the day party standing counts from as core computes it) for the secretary to confirm.
class TransitionBox : public QGroupBox
{
    Q_OBJECT

public:
    TransitionBox(const Database& db, QWidget* parent = nullptr);

    void showMember(const party::PartyMember& member);
    QComboBox* eventCombo() const { return m_event; }
    OptionalDateEdit* dateEdit() const { return m_date; }
    OptionalDateEdit* approvalEdit() const { return m_approval; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* fromRecordsBox() const { return m_fromRecords; }
    QPushButton* recordButton() const { return m_record; }
    bool isAskingForReason() const;

    // The steps that can follow the member's stage (a talk, the next stage, an extension).
    static QList<party::StageEvent> nextEvents(const party::PartyMember& member);

public slots:
    // Checks and, when allowed, records the step; false with the messages shown when refused.
    bool record();

signals:
    void recorded(const anju::party::PartyMember& member);

private:
    void updateFields();
    void askForReason(bool ask);
    bool recordConversion();

    const Database& m_db;
    party::PartyMember m_member;
    FieldErrors m_errors;
    QComboBox* m_event = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QLabel* m_dateLabel = nullptr;
    OptionalDateEdit* m_approval = nullptr;
    QLabel* m_approvalLabel = nullptr;
    QWidget* m_approvalRow = nullptr;
    QSpinBox* m_extension = nullptr;
    QWidget* m_extensionRow = nullptr;
    QLabel* m_extensionLabel = nullptr;
    QLabel* m_overrideHint = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QWidget* m_reasonRow = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_fromRecords = nullptr;
    QLabel* m_done = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace anju
