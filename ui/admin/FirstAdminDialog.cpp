#include "admin/FirstAdminDialog.h"

#include "accounts/AccountService.h"
#include "access/PasswordHasher.h"
#include "database/Database.h"
#include "widgets/FieldError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

FirstAdminDialog::FirstAdminDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Anju — the administrator"));
    auto* heading = new QLabel(tr("This database has no users yet"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Create the administrator's account. The administrator then adds the clerks, "
                                "the party secretary and the manager, each with their own password.\n"
                                "Database: %1")
                                 .arg(db.location().display()),
                             this);
    intro->setWordWrap(true);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("adminFullName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_userError = FieldError::makeLabel(this);
    m_passwordError = FieldError::makeLabel(this);
    m_passwordError->setObjectName(QStringLiteral("adminPasswordError"));
    m_repeatError = FieldError::makeLabel(this);
    m_generalError = FieldError::makeLabel(this);
    for (auto [field, error] : {std::pair{m_user, m_userError}, std::pair{m_password, m_passwordError},
                                std::pair{m_repeat, m_repeatError}})
        FieldError::clearOnEdit(field, error);

    auto* rule =
        new QLabel(tr("At least %1 characters, of two kinds (letters, digits, signs), without the user "
                      "name.")
                       .arg(PasswordHasher::MinimumLength),
                   this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), FieldError::stack(m_user, m_userError));
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), FieldError::stack(m_password, m_passwordError));
    form->addRow(QString(), rule);
    form->addRow(tr("&Repeat:"), FieldError::stack(m_repeat, m_repeatError));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create and log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_user->setFocus();
}

void FirstAdminDialog::create()
{
    if (m_password->text() != m_repeat->text()) {
        FieldError::show(m_repeat, m_repeatError, tr("The two passwords differ."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    accounts::AccountService accounts(m_db);
    const Result<User> admin =
        accounts.createFirstAdmin(m_user->text(), m_fullName->text(), m_password->text());
    Result<Session> session =
        admin ? accounts.login(admin.value().name, m_password->text()) : Result<Session>(admin);
    QApplication::restoreOverrideCursor();
    if (session) {
        accept();
        return;
    }
    for (const Violation& v : session.violations()) {
        if (v.field == QLatin1String("user.name"))
            FieldError::show(m_user, m_userError, v.message);
        else if (v.field == QLatin1String("user.password"))
            FieldError::show(m_password, m_passwordError, v.message);
        else
            FieldError::show(nullptr, m_generalError, v.message);
    }
}

} // namespace anju
