#include "admin/UsersDialog.h"

#include "accounts/AccountService.h"
#include "access/UserRepository.h"
#include "admin/UserDialog.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
enum Column
{
    Name,
    FullName,
    RoleColumn,
    Sites,
    State,
    LastLogin,
    ColumnCount
};
}

UsersDialog::UsersDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Users"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("Sites"), tr("State"), tr("Last login")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, c == Sites ? QHeaderView::Stretch
                                                                        : QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::doubleClicked, this, &UsersDialog::editUser);

    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New user…"), this);
    add->setObjectName(QStringLiteral("addUser"));
    m_edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Change…"), this);
    m_password = new QPushButton(tr("&Reset password…"), this);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockUser"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlockUser);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {add, m_edit, m_password, m_unlock}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    resize(900, 480);
    reload();
}

void UsersDialog::reload()
{
    const Result<QList<User>> users = accounts::AccountService(m_db).users();
    m_users = users ? users.value() : QList<User>{};
    if (!users)
        MessageBox::warning(this, windowTitle(), users.summary());
    const registry::SiteRepository sites(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_table->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const User& u = m_users.at(r);
        QStringList siteNames;
        for (qint64 id : u.siteIds) {
            if (const std::optional<Site> site = sites.site(id))
                siteNames.append(site->name);
        }
        const QString state =
            !u.active ? tr("Switched off")
            : u.isLocked(now)
                ? tr("Locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))
                : tr("Active");
        const QStringList cells = {
            u.name,
            u.displayName,
            Roles::label(u.role),
            siteNames.isEmpty() ? tr("Every site") : siteNames.join(QStringLiteral("、")),
            state,
            u.lastLoginAt.isValid() ? u.lastLoginAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QString()};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (m_table->currentRow() < 0 && !m_users.isEmpty())
        m_table->selectRow(0);
}

std::optional<User> UsersDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

void UsersDialog::addUser()
{
    UserDialog dialog(m_db, User{}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::editUser()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    UserDialog dialog(m_db, *user, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::resetPassword()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"), tr("New password for %1 (tell it to them in person):").arg(user->name),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const Outcome outcome = accounts::AccountService(m_db).resetPassword(user->id, password);
    if (!outcome)
        MessageBox::warning(this, tr("Reset password"), outcome.summary());
    reload();
}

void UsersDialog::unlockUser()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    const Outcome outcome = accounts::AccountService(m_db).unlock(user->id);
    if (!outcome)
        MessageBox::warning(this, tr("Unlock"), outcome.summary());
    reload();
}

} // namespace anju
