#include "grids/VisitQuickEntryDialog.h"

#include "grids/VisitRecordDialog.h"
#include "grids/VisitSheet.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

VisitQuickEntryDialog::VisitQuickEntryDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Quick entry of visits"));
    auto* intro = new QLabel(tr("Type or scan the code of a row of the visit sheet and press Enter; save the "
                                "visit with Ctrl+Enter and the next code can follow."),
                             this);
    intro->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("quickCode"));
    m_code->setPlaceholderText(tr("e.g. V5724"));
    // A scanner types through the input method like a keyboard: with a Chinese input method on, "V" would
    // start a composition. The code is Latin letters and digits only.
    m_code->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_code->setInputMethodHints(Qt::ImhPreferLatin | Qt::ImhNoPredictiveText);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_code->setFont(big);
    m_codeError = FieldError::makeLabel(this);
    m_codeError->setObjectName(QStringLiteral("quickCodeError"));
    FieldError::clearOnEdit(m_code, m_codeError);
    connect(m_code, &QLineEdit::returnPressed, this, &VisitQuickEntryDialog::takeCode);

    m_done = new QListWidget(this);
    m_done->setObjectName(QStringLiteral("quickDone"));
    m_done->setFocusPolicy(Qt::NoFocus);
    auto* undo = new QLabel(tr("A saved visit cannot be taken back here: this version keeps no way to delete "
                               "a visit. Check each one before Ctrl+Enter."),
                            this);
    undo->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), FieldError::stack(m_code, m_codeError));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitQuickEntryDialog::reject);
    // Enter in the code field must take the code, not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Entered in this sitting:"), this));
    layout->addWidget(m_done, 1);
    layout->addWidget(undo);
    layout->addWidget(buttons);
    resize(600, 460);

    if (const Outcome denied = grids::VisitSheetQuery::mayRecord(db); !denied) {
        m_code->setEnabled(false);
        FieldError::show(nullptr, m_codeError, denied.summary());
    }
    m_code->setFocus();
}

void VisitQuickEntryDialog::keyPressEvent(QKeyEvent* event)
{
    // The code field takes Enter (returnPressed) and passes the key on; QDialog would then press a default
    // button, and finds the record dialog's Save among its children: a scan would save an empty visit.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

int VisitQuickEntryDialog::recordedCount() const
{
    return m_done->count();
}

void VisitQuickEntryDialog::takeCode()
{
    if (m_record)
        return;
    const auto row = grids::VisitSheetQuery(m_db).rowForCode(m_code->text());
    if (!row) {
        FieldError::show(m_code, m_codeError, row.summary());
        m_code->selectAll(); // the next scan replaces the wrong code
        return;
    }
    FieldError::clear(m_code, m_codeError);
    m_record = new VisitRecordDialog(m_db, row.value(), this);
    m_record->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_record, &QDialog::finished, this, &VisitQuickEntryDialog::recordFinished);
    m_record->QDialog::open();
}

void VisitQuickEntryDialog::recordFinished(int result)
{
    if (result == QDialog::Accepted && m_record) {
        const grids::VisitSheetRow& row = m_record->row();
        const grids::Visit& visit = m_record->savedVisit();
        m_done->insertItem(
            0, tr("%1  %2 %3  visited %4")
                   .arg(row.code, row.householdNumber, row.headName, visit.date.toString(Qt::ISODate)));
        m_code->clear();
    } else {
        m_code->selectAll();
    }
    m_record = nullptr; // it deletes itself; the next code may open the next one
    m_code->setFocus();
}

} // namespace anju
