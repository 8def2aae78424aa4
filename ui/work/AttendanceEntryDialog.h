#pragma once

#include "widgets/FieldError.h"
#include "work/WorkTypes.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QListWidget;

namespace anju {

class Database;
class PersonSearchBox;

// 录入参训人员: a course's people typed from the keyboard — an ID number (or a name), Enter, and the person
// is on the list; the next one, Enter… Delete takes the chosen line off the list. Saved in one call
// (TrainingService::enrol): everybody or nobody, core's refusal naming each bad person, whose line turns
// red with the reason.
class AttendanceEntryDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceEntryDialog(const Database& db, const work::TrainingCourse& course, QWidget* parent = nullptr);

    PersonSearchBox* searchBox() const { return m_search; }
    QListWidget* peopleList() const { return m_people; }
    QDateEdit* enrolledOnEdit() const { return m_enrolledOn; }
    QList<qint64> personIds() const;
    // The people enrolled (after accept()).
    int savedCount() const { return m_saved; }

public slots:
    void accept() override;
    void addPerson(qint64 personId, const QString& text);
    void removeCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showCount();

    const Database& m_db;
    work::TrainingCourse m_course;
    PersonSearchBox* m_search = nullptr;
    QListWidget* m_people = nullptr;
    QLabel* m_count = nullptr;
    QDateEdit* m_enrolledOn = nullptr;
    FieldErrors m_errors;
    int m_saved = 0;
};

} // namespace anju
