#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// Enters a member: a resident found in the household register (never a second copy of their name and
// ID), or an outside cadre; their branch; and the steps already on file with their dates — a new
// applicant has one, a member who joined long ago or elsewhere has several. Each step is checked as a
// transition; one that sets a rule aside needs its reason on its row.
class NewMemberDialog : public QDialog
{
    Q_OBJECT

public:
    NewMemberDialog(const Database& db, qint64 organisationId, QWidget* parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    QLineEdit* personSearch() const { return m_search; }
    QListWidget* personList() const { return m_people; }
    // Finds the resident by name and selects them (a 政治面貌 row of the to-do list: the register says
    // party member, the party records have none).
    void presetPerson(qint64 personId, const QString& name);

public slots:
    void accept() override;

signals:
    void memberCreated(qint64 memberId);

private:
    struct StepRow
    {
        party::StageEvent event;
        QCheckBox* done = nullptr;
        OptionalDateEdit* date = nullptr;
        QLineEdit* reason = nullptr;
    };

    QWidget* buildResidentPage();
    QWidget* buildCadrePage();
    QWidget* buildSteps();
    void searchPeople();
    void updateSteps();
    party::PartyMember edited(QList<int>& stepRows) const;
    void showStepProblems(const Outcome& outcome, const QList<int>& stepRows);

    const Database& m_db;
    qint64 m_memberId = 0;
    FieldErrors m_errors;
    QRadioButton* m_resident = nullptr;
    QRadioButton* m_cadre = nullptr;
    QStackedWidget* m_who = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_people = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_workUnit = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_phone = nullptr;
    OptionalDateEdit* m_joined = nullptr;
    QList<StepRow> m_steps;
    QLabel* m_stepProblems = nullptr;
    QCheckBox* m_fromRecords = nullptr;
};

} // namespace anju
