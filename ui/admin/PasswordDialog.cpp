#include "admin/PasswordDialog.h"

#include "accounts/AccountService.h"
#include "access/PasswordHasher.h"
#include "database/Database.h"
#include "widgets/FieldError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace anju {

PasswordDialog::PasswordDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(db.session() ? tr("Password of %1").arg(db.session()->userName) : tr("Password"));
    auto* form = new QFormLayout;
    for (auto [field, error, label] : {std::tuple{&m_old, &m_oldError, tr("&Present password:")},
                                       std::tuple{&m_new, &m_newError, tr("&New password:")},
                                       std::tuple{&m_repeat, &m_repeatError, tr("&Repeat:")}}) {
        *field = new QLineEdit(this);
        (*field)->setEchoMode(QLineEdit::Password);
        *error = FieldError::makeLabel(this);
        FieldError::clearOnEdit(*field, *error);
        form->addRow(label, FieldError::stack(*field, *error));
    }
    m_new->setPlaceholderText(tr("At least %1 characters, of two kinds").arg(PasswordHasher::MinimumLength));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

void PasswordDialog::save()
{
    if (m_new->text() != m_repeat->text()) {
        FieldError::show(m_repeat, m_repeatError, tr("The two passwords differ."));
        return;
    }
    const Outcome outcome = accounts::AccountService(m_db).changeOwnPassword(m_old->text(), m_new->text());
    if (outcome) {
        accept();
        return;
    }
    for (const Violation& v : outcome.violations()) {
        if (v.field == QLatin1String("user.oldPassword"))
            FieldError::show(m_old, m_oldError, v.message);
        else
            FieldError::show(m_new, m_newError, v.message);
    }
}

} // namespace anju
