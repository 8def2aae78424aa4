#pragma once

#include "domain/Violation.h"
#include "income/MonitoringTypes.h"

#include <QObject>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace anju {

class Database;
class FieldErrors;
class HouseholdSearchBox;

// The rows of the discovery form 新增监测户 in MonitoringDialog: the household found by search
// (HouseholdSearchBox), its category, how it was found and — for a flagged income check, a visit or a grid
// case — that record chosen from the household's own records of the kind (MonitoringSources), or the
// department, and the risks. The dialog's date and text fields are the day found and the situation.
class MonitoringDiscoveryFields : public QObject
{
    Q_OBJECT

public:
    MonitoringDiscoveryFields(const Database& db, QFormLayout* form, FieldErrors& errors, QDateEdit* foundOn,
                              QPlainTextEdit* situation, QWidget* owner);

    // Each empty or unchosen field named in the user's language, before core is asked.
    Outcome validate() const;
    income::MonitoringDiscovery discovery() const;
    HouseholdSearchBox* householdBox() const { return m_household; }

private:
    income::DiscoverySource source() const;
    // Lists the chosen household's records of the chosen kind, or says why there are none.
    void refreshRecords();

    const Database& m_db;
    QFormLayout* m_form;
    QDateEdit* m_foundOn;
    QPlainTextEdit* m_situation;
    HouseholdSearchBox* m_household = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_record = nullptr;
    QLineEdit* m_department = nullptr;
    QListWidget* m_risks = nullptr;
};

} // namespace anju
