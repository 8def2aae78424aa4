#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace anju {

class Database;
class OptionalDateEdit;

// The editable particulars of a member: branch, contact, an outside cadre's own details, mentors and
// sponsors (full members), political review and training. A resident's name, sex, birth date and ID come
// from their person record and are edited in the household form, not here.
class MemberDetailsBox : public QWidget
{
    Q_OBJECT

public:
    MemberDetailsBox(const Database& db, FieldErrors& errors, QWidget* parent = nullptr);

    void load(const party::PartyMember& member);
    void applyTo(party::PartyMember& member) const;
    QComboBox* organisationCombo() const { return m_organisation; }

signals:
    void edited();

private:
    void fillMemberChoices(const party::PartyMember& member);

    const Database& m_db;
    QWidget* m_cadreFields = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    OptionalDateEdit* m_birthDate = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_workUnit = nullptr;
    QComboBox* m_organisation = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_mentor1 = nullptr;
    QComboBox* m_mentor2 = nullptr;
    QComboBox* m_sponsor1 = nullptr;
    QComboBox* m_sponsor2 = nullptr;
    OptionalDateEdit* m_politicalReview = nullptr;
    QSpinBox* m_trainingHours = nullptr;
    QSpinBox* m_trainingDays = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace anju
