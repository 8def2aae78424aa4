#include "grids/CaseActionDialog.h"

#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/CaseDialog.h"
#include "grids/CaseService.h"
#include "grids/CaseStateMachine.h"
#include "grids/VisitEnums.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

CaseActionDialog::CaseActionDialog(const Database& db, const grids::GridCase& gridCase, QDate today,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_case(gridCase), m_today(today)
{
    setWindowTitle(tr("Case: %1").arg(gridCase.title));
    QString where = enumLabel(gridCase.status.state);
    if (gridCase.status.state == grids::CaseState::Referred)
        where = tr("%1 to %2 (%3)")
                    .arg(where, gridCase.referredDepartment,
                         gridCase.status.referralAccepted ? tr("accepted") : tr("not yet accepted"));
    auto* state =
        new QLabel(tr("Now: %1 · held by: %2 · deadline %3")
                       .arg(where, enumLabel(gridCase.status.level), gridCase.deadline.toString(Qt::ISODate)),
                   this);
    state->setWordWrap(true);

    // Ask core which actions the state allows: the dialog offers nothing it would refuse.
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("caseAction"));
    for (const auto& info : enumInfos<grids::CaseAction>())
        if (info.value != grids::CaseAction::Receive &&
            grids::CaseStateMachine::check(gridCase.status, info.value).ok())
            m_action->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_handler = new QComboBox(this);
    CaseDialog::fillHandlers(db, m_handler, gridCase.gridId, gridCase.siteId, today);
    m_handler->setCurrentIndex(std::max(0, m_handler->findData(gridCase.handlerStaffId)));
    m_department = new QLineEdit(this);
    m_department->setPlaceholderText(tr("e.g. 县人社局, 街道司法所"));
    m_result = new QLineEdit(this);
    m_satisfaction = new QComboBox(this);
    m_satisfaction->addItem(tr("(not asked)"), -1);
    for (const auto& info : enumInfos<grids::Satisfaction>())
        m_satisfaction->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 4);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(m_form, this, tr("&Action:"), m_action, "caseActionBox");
    m_errors.addRow(m_form, this, tr("&On:"), m_date, "caseStepDate", QLatin1String(Field::CaseStepDate));
    m_errors.addRow(m_form, this, tr("Ha&ndler:"), m_handler, "caseStepHandler",
                    QLatin1String(Field::CaseHandler));
    m_errors.addRow(m_form, this, tr("&Department:"), m_department, "caseDepartment",
                    QLatin1String(Field::CaseDepartment));
    m_errors.addRow(m_form, this, tr("&Result:"), m_result, "caseResult", QLatin1String(Field::CaseResult));
    m_errors.addRow(m_form, this, tr("&Satisfaction:"), m_satisfaction, "caseSatisfaction");
    m_errors.addRow(m_form, this, tr("N&ote:"), m_note, "caseNote");
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("caseRefusal"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_action->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseActionDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CaseActionDialog::showFieldsOfAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(state);
    layout->addLayout(m_form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    showFieldsOfAction();
}

QList<grids::CaseAction> CaseActionDialog::offeredActions() const
{
    QList<grids::CaseAction> actions;
    for (int i = 0; i < m_action->count(); ++i)
        actions.append(static_cast<grids::CaseAction>(m_action->itemData(i).toInt()));
    return actions;
}

void CaseActionDialog::setAction(grids::CaseAction action)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(action)));
}

void CaseActionDialog::setHandlerId(qint64 staffId)
{
    m_handler->setCurrentIndex(std::max(0, m_handler->findData(staffId)));
}

void CaseActionDialog::setDepartment(const QString& department)
{
    m_department->setText(department);
}

void CaseActionDialog::setResult(const QString& result, std::optional<grids::Satisfaction> satisfaction)
{
    m_result->setText(result);
    m_satisfaction->setCurrentIndex(
        std::max(0, m_satisfaction->findData(satisfaction ? static_cast<int>(*satisfaction) : -1)));
}

void CaseActionDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void CaseActionDialog::setDate(QDate day)
{
    m_date->setDate(day);
}

void CaseActionDialog::showFieldsOfAction()
{
    const auto action = static_cast<grids::CaseAction>(m_action->currentData().toInt());
    const bool any = m_action->count() > 0;
    m_form->setRowVisible(m_handler->parentWidget(), any && action == grids::CaseAction::Assign);
    m_form->setRowVisible(m_department->parentWidget(), any && action == grids::CaseAction::Refer);
    m_form->setRowVisible(m_result->parentWidget(), any && action == grids::CaseAction::Resolve);
    m_form->setRowVisible(m_satisfaction->parentWidget(), any && action == grids::CaseAction::Resolve);
    adjustSize();
}

void CaseActionDialog::accept()
{
    if (m_action->count() == 0)
        return;
    grids::CaseStep step;
    step.caseId = m_case.id;
    step.action = static_cast<grids::CaseAction>(m_action->currentData().toInt());
    step.date = m_date->date();
    step.note = m_note->toPlainText().trimmed();
    if (step.action == grids::CaseAction::Assign)
        step.staffId = m_handler->currentData().toLongLong();
    if (step.action == grids::CaseAction::Refer)
        step.department = m_department->text().trimmed();
    if (step.action == grids::CaseAction::Resolve) {
        step.result = m_result->text().trimmed();
        if (const int s = m_satisfaction->currentData().toInt(); s >= 0)
            step.satisfaction = static_cast<grids::Satisfaction>(s);
    }
    const Result<grids::GridCase> done = grids::CaseService(m_db).act(step, m_today);
    if (!m_errors.show(done))
        return;
    m_case = done.value();
    emit caseChanged(m_case.id);
    QDialog::accept();
}

} // namespace anju
