#pragma once

#include "grids/CaseTypes.h"
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

// One step on a case: take it up, name a handler, resolve it (result and the resident's satisfaction), refer
// it to a department, record the department's accept or return, escalate it, or note something. Only the
// actions CaseStateMachine allows from the case's state are offered; CaseService::act decides the rest and
// its refusals are shown by field.
class CaseActionDialog : public QDialog
{
    Q_OBJECT

public:
    CaseActionDialog(const Database& db, const grids::GridCase& gridCase, QDate today,
                     QWidget* parent = nullptr);

    // The actions offered, in the order shown.
    QList<grids::CaseAction> offeredActions() const;
    void setAction(grids::CaseAction action);
    void setHandlerId(qint64 staffId);
    void setDepartment(const QString& department);
    void setResult(const QString& result, std::optional<grids::Satisfaction> satisfaction);
    void setNote(const QString& note);
    void setDate(QDate day);

public slots:
    void accept() override;

signals:
    void caseChanged(qint64 caseId);

private:
    void showFieldsOfAction();

    const Database& m_db;
    grids::GridCase m_case;
    QDate m_today;
    FieldErrors m_errors;
    QFormLayout* m_form = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_handler = nullptr;
    QLineEdit* m_department = nullptr;
    QLineEdit* m_result = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace anju
