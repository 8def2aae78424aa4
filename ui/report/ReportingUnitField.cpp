#include "report/ReportingUnitField.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "report/ReportingUnit.h"
#include "widgets/FieldError.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace anju {

ReportingUnitField::ReportingUnitField(const Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_saved(report::ReportingUnit::saved(db))
{
    m_edit = new QLineEdit(m_saved, this);
    m_edit->setObjectName(QStringLiteral("reportingUnit"));
    m_edit->setMaxLength(report::ReportingUnit::MaxLength);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("When empty, a site's summary names the site"));
    m_edit->setToolTip(tr("Printed as the reporting unit above the monthly summary (PDF, print and Excel). "
                          "Saved when you leave the field or press Enter; Esc goes back to the saved name."));
    m_edit->installEventFilter(this);
    auto* label = new QLabel(tr("Reporting &unit:"), this);
    label->setBuddy(m_edit);
    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("reportingUnitError"));
    FieldError::clearOnEdit(m_edit, m_error);

    if (!Permissions::allows(db.session(), Action::EditOfficeSettings)) {
        m_edit->setReadOnly(true);
        m_edit->setClearButtonEnabled(false);
        m_edit->setToolTip(tr("Only an administrator or the manager changes the reporting unit."));
    }

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(FieldError::stack(m_edit, m_error), 1);
    connect(m_edit, &QLineEdit::editingFinished, this, &ReportingUnitField::save);
}

bool ReportingUnitField::save()
{
    if (m_edit->isReadOnly())
        return true;
    const QString unit = m_edit->text().simplified();
    if (unit == m_saved)
        return true;
    const Outcome saved = report::ReportingUnit::save(m_db, unit);
    if (!saved) {
        FieldError::show(m_edit, m_error, saved.summary());
        return false;
    }
    FieldError::clear(m_edit, m_error);
    m_saved = unit;
    // Not setText(): that would wipe the field's undo history, and Ctrl+Z should still bring back the
    // name before (saved again when the field is left).
    emit unitSaved(unit);
    emit statusMessage(unit.isEmpty() ? tr("Reporting unit cleared: each site's summary names the site.")
                                      : tr("Reporting unit saved: %1").arg(unit));
    return true;
}

void ReportingUnitField::revert()
{
    FieldError::clear(m_edit, m_error);
    m_edit->setText(m_saved);
}

bool ReportingUnitField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && m_edit->text() != m_saved) {
        revert();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace anju
