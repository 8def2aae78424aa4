#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// One meeting of 三会一课 (or a theme party day, organisational life meeting, democratic review): type,
// date, topic, place and who was present; an absent member's reason is typed next to their name.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // meetingId 0: a new meeting of `organisationId`, of `presetType` when given.
    MeetingDialog(const Database& db, qint64 meetingId, qint64 organisationId,
                  std::optional<party::MeetingType> presetType = {}, QWidget* parent = nullptr);

    QTableWidget* attendanceTable() const { return m_attendance; }

public slots:
    void accept() override;

signals:
    void meetingSaved(qint64 meetingId);

private:
    void fillAttendance(const party::Meeting& meeting);

    const Database& m_db;
    party::Meeting m_meeting;
    FieldErrors m_errors;
    QComboBox* m_type = nullptr;
    OptionalDateEdit* m_date = nullptr;
    QLineEdit* m_topic = nullptr;
    QLineEdit* m_place = nullptr;
    QTableWidget* m_attendance = nullptr;
};

} // namespace anju
