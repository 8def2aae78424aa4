#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// One party organisation: kind, name, parent, the sites it covers, secretary, party-building instructor
// and founding date. The branch-size rules (≥ 3 full members, ≤ 50 members, a committee from 7 full
// members) are shown as warnings above the buttons; they never stop a save.
class OrganisationForm : public QDialog
{
    Q_OBJECT

public:
    // organisationId 0 opens a new organisation, covering `presetSiteId` when given.
    OrganisationForm(const Database& db, qint64 organisationId, qint64 presetSiteId = 0,
                     QWidget* parent = nullptr);

    const party::Organisation& organisation() const { return m_organisation; }
    // The branch-size findings shown, one per line (empty when none).
    QString warnings() const;

public slots:
    void accept() override;

signals:
    void organisationSaved(qint64 organisationId);

private:
    void load(const party::Organisation& organisation, qint64 presetSiteId);
    party::Organisation edited() const;
    void showFindings();

    const Database& m_db;
    party::Organisation m_organisation;
    FieldErrors m_errors;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_parent = nullptr;
    QListWidget* m_sites = nullptr;
    QComboBox* m_secretary = nullptr;
    QLineEdit* m_secretaryReason = nullptr;
    QLineEdit* m_instructor = nullptr;
    QLineEdit* m_instructorUnit = nullptr;
    OptionalDateEdit* m_founded = nullptr;
    QLabel* m_findings = nullptr;
};

} // namespace anju
