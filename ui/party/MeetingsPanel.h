#pragma once

#include "party/PartyTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace anju {

class Database;

// 三会一课: the meetings of the chosen organisation in a year, newest first, with attendance.
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPanel(const Database& db, QWidget* parent = nullptr);

    void setOrganisation(qint64 organisationId);
    void refresh();

public slots:
    void newMeeting(std::optional<anju::party::MeetingType> type = {});
    void openCurrent();

signals:
    void changed();

private:
    const Database& m_db;
    qint64 m_organisationId = 0;
    QList<party::Meeting> m_meetings;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace anju
