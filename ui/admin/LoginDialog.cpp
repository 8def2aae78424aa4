#include "admin/LoginDialog.h"

#include "accounts/AccountService.h"
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

LoginDialog::LoginDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Log in to Anju"));
    auto* heading = new QLabel(tr("Anju resettlement-site registry"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* where = new QLabel(tr("Database: %1").arg(db.location().display()), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = FieldError::makeLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Log in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addSpacing(6);
    layout->addLayout(form);
    if (db.isDemo()) {
        // Only a demo database, whose users and password are public (README), names them.
        auto* demo =
            new QLabel(tr("This is a demo database. Its users are admin, clerk, secretary and manager, "
                          "each with the password %1.")
                           .arg(QLatin1String(accounts::AccountService::DemoPassword)),
                       this);
        demo->setObjectName(QStringLiteral("demoHint"));
        demo->setWordWrap(true);
        layout->addWidget(demo);
        m_user->setText(QStringLiteral("admin"));
    }
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LoginDialog::logIn()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_message->show();
        m_user->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Session> session = accounts::AccountService(m_db).login(m_user->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (session) {
        accept();
        return;
    }
    m_message->setText(session.summary());
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}

} // namespace anju
