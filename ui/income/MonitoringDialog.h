#pragma once

#include "income/MonitoringTypes.h"
#include "widgets/FieldError.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace anju {

class Database;
class MonitoringDiscoveryFields;

// One action on monitoring households, from the keyboard: discover a household (MonitoringDiscoveryFields:
// found by search, its source record chosen from a list), decide the step due now,
// set the notice period, log or settle an objection, add or end a measure, start the risk elimination,
// decline. validate() names each empty field in the user's language before core is asked; core's refusals
// (MonitoringService) are then shown by field. A decision, a decline and the start of an elimination are
// confirmed first (MessageBox, which tests pre-answer).
class MonitoringDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Discover,
        Decide,
        Notice,
        Objection,
        Settle,
        Measure,
        EndMeasure,
        Elimination,
        Decline,
    };

    // `c` is the case acted on (ignored for Discover).
    MonitoringDialog(const Database& db, Mode mode, const income::MonitoringCase& c, QDate today,
                     QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Local checks, each bad field named; core is asked in accept().
    Outcome validate() const;
    // The case after the action (valid after accept()).
    qint64 caseId() const { return m_caseId; }

public slots:
    void accept() override;

signals:
    void caseChanged(qint64 caseId);

private:
    QString title() const;
    bool confirm();
    Result<income::MonitoringCase> apply();
    income::MonitoringStepDecision decisionFromFields() const;

    const Database& m_db;
    Mode m_mode;
    income::MonitoringCase m_case;
    QDate m_today;
    qint64 m_caseId = 0;
    FieldErrors m_errors;
    QFormLayout* m_form = nullptr;
    MonitoringDiscoveryFields* m_discovery = nullptr; // Discover only
    QComboBox* m_decision = nullptr;
    QLineEdit* m_decidedBy = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_hint = nullptr;
    QComboBox* m_kind = nullptr;      // measure kind
    QComboBox* m_which = nullptr;     // the objection to settle, the measure to end
    QLineEdit* m_who = nullptr;       // raised by, provided by
    QPlainTextEdit* m_text = nullptr; // description, objection, handling, reason
};

} // namespace anju
