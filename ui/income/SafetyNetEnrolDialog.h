#pragma once

#include "income/IncomeSettings.h"
#include "income/SafetyNetTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// Enrols a person found by name, ID number or household number in a safety-net scheme (SafetyNetService::
// enrol), or — in the exemption mode — records why the person is not enrolled (SafetyNetService::exempt).
class SafetyNetEnrolDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Enrol,
        Exempt
    };
    SafetyNetEnrolDialog(const Database& db, Mode mode, QDate day, QWidget* parent = nullptr);

    // Preselects a person (a finding's), skipping the search.
    void setPerson(qint64 personId, const QString& label);

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* hits() const { return m_hits; }
    QComboBox* schemeBox() const { return m_scheme; }
    QDoubleSpinBox* amountEdit() const { return m_amount; }
    QCheckBox* oneOffBox() const { return m_oneOff; }
    QDateEdit* fromEdit() const { return m_from; }
    QLineEdit* textEdit() const { return m_text; }

    // Checks the form with core's rules and shows each bad field's message; true when it may be saved.
    bool validate();

public slots:
    void accept() override;
    void search();

signals:
    void saved();

private:
    qint64 personId() const;
    income::SafetyNetEnrolment enrolment() const;
    income::SafetyNetExemption exemption() const;

    const Database& m_db;
    Mode m_mode;
    income::IncomeSettings m_settings;
    QLineEdit* m_search = nullptr;
    QListWidget* m_hits = nullptr;
    QComboBox* m_scheme = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QCheckBox* m_oneOff = nullptr;
    QDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr; // the note, or the exemption's reason
    FieldErrors m_errors;
};

} // namespace anju
