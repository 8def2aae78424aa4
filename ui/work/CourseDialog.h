#pragma once

#include "widgets/FieldError.h"
#include "work/WorkTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace anju {

class Database;

// A course typed in: title, trade, organiser, site, days, class hours, places and the demand it answers.
// New (course.id 0) or changed; every rule is core's (TrainingRules, TrainingService::saveCourse), shown at
// the field that broke it.
class CourseDialog : public QDialog
{
    Q_OBJECT

public:
    CourseDialog(const Database& db, const work::TrainingCourse& course, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* tradeBox() const { return m_trade; }
    QLineEdit* organiserEdit() const { return m_organiser; }
    QComboBox* siteBox() const { return m_site; }
    QDateEdit* startsEdit() const { return m_starts; }
    QDateEdit* endsEdit() const { return m_ends; }
    QSpinBox* hoursEdit() const { return m_hours; }
    QSpinBox* placesEdit() const { return m_places; }
    // The course as saved (after accept()).
    const work::TrainingCourse& course() const { return m_course; }

    // Checks the form with core's rules and shows each bad field's message; true when it may be saved.
    bool validate();

public slots:
    void accept() override;

private:
    work::TrainingCourse draft() const;

    const Database& m_db;
    work::TrainingCourse m_course;
    QLineEdit* m_title = nullptr;
    QComboBox* m_trade = nullptr;
    QLineEdit* m_organiser = nullptr;
    QComboBox* m_site = nullptr;
    QDateEdit* m_starts = nullptr;
    QDateEdit* m_ends = nullptr;
    QSpinBox* m_hours = nullptr;
    QSpinBox* m_places = nullptr;
    QLineEdit* m_demand = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
