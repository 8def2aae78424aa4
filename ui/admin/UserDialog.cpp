#include "admin/UserDialog.h"

#include "accounts/AccountService.h"
#include "access/PasswordHasher.h"
#include "database/Database.h"
#include "registry/SiteRepository.h"
#include "widgets/FieldError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

UserDialog::UserDialog(const Database& db, const User& user, QWidget* parent)
    : QDialog(parent), m_db(db), m_user(user)
{
    const bool isNew = user.id == 0;
    setWindowTitle(isNew ? tr("New user") : tr("User %1").arg(user.name));

    m_name = new QLineEdit(user.name, this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setReadOnly(!isNew);
    m_fullName = new QLineEdit(user.displayName, this);
    m_fullName->setObjectName(QStringLiteral("userFullName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("userRole"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::label(role), Roles::key(role));
    m_role->setCurrentIndex(m_role->findData(Roles::key(user.role)));
    auto* roleNote = new QLabel(this);
    roleNote->setWordWrap(true);
    roleNote->setForegroundRole(QPalette::PlaceholderText);
    const auto describeRole = [roleNote, this] {
        static const char* const notes[] = {
            QT_TR_NOOP("Enters and corrects the households of their sites and imports rosters."),
            QT_TR_NOOP("Reads the registry with ID numbers and phones masked; does the party work."),
            QT_TR_NOOP("Reads everything, exports, edits sites, backs up and reads the audit trail."),
            QT_TR_NOOP("Everything, and manages the users and restores backups."),
        };
        roleNote->setText(tr(notes[m_role->currentIndex()]));
    };
    describeRole();
    connect(m_role, &QComboBox::currentIndexChanged, this, describeRole);

    m_everySite = new QCheckBox(tr("Every site"), this);
    m_everySite->setObjectName(QStringLiteral("userEverySite"));
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("userSites"));
    for (const Site& site : registry::SiteRepository(db).sites()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1（%2）").arg(site.name, site.code), m_sites);
        item->setData(Qt::UserRole, site.id);
        item->setCheckState(user.siteIds.contains(site.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_sites->setMaximumHeight(fontMetrics().height() * 8);
    m_everySite->setChecked(user.siteIds.isEmpty());
    m_sites->setEnabled(!user.siteIds.isEmpty());
    connect(m_everySite, &QCheckBox::toggled, m_sites, [this](bool every) { m_sites->setEnabled(!every); });

    m_active = new QCheckBox(tr("May log in"), this);
    m_active->setChecked(user.active);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("userPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("At least %1 characters, of two kinds").arg(PasswordHasher::MinimumLength));
    m_nameError = FieldError::makeLabel(this);
    m_passwordError = FieldError::makeLabel(this);
    m_generalError = FieldError::makeLabel(this);
    m_generalError->setObjectName(QStringLiteral("userError"));
    FieldError::clearOnEdit(m_name, m_nameError);
    FieldError::clearOnEdit(m_password, m_passwordError);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), FieldError::stack(m_name, m_nameError));
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), roleNote);
    form->addRow(tr("Sites:"), m_everySite);
    form->addRow(QString(), m_sites);
    if (isNew)
        form->addRow(tr("&Password:"), FieldError::stack(m_password, m_passwordError));
    else
        form->addRow(QString(), m_active);
    m_password->setVisible(isNew);
    m_active->setVisible(!isNew); // a new user may log in; switching off is a change of an existing one

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void UserDialog::save()
{
    User user = m_user;
    user.name = m_name->text().trimmed();
    user.displayName = m_fullName->text().trimmed();
    user.role = Roles::fromKey(m_role->currentData().toString()).value_or(Role::Clerk);
    user.siteIds.clear();
    if (!m_everySite->isChecked()) {
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                user.siteIds.append(m_sites->item(i)->data(Qt::UserRole).toLongLong());
        }
        if (user.siteIds.isEmpty()) {
            FieldError::show(m_sites, m_generalError, tr("Tick the user's sites, or Every site."));
            return;
        }
    }
    user.active = m_active->isChecked();
    accounts::AccountService accounts(m_db);
    const Outcome outcome =
        user.id == 0 ? Outcome(accounts.addUser(user, m_password->text())) : accounts.updateUser(user);
    if (outcome) {
        accept();
        return;
    }
    for (const Violation& v : outcome.violations()) {
        if (v.field == QLatin1String("user.name"))
            FieldError::show(m_name, m_nameError, v.message);
        else if (v.field == QLatin1String("user.password"))
            FieldError::show(m_password, m_passwordError, v.message);
        else
            FieldError::show(nullptr, m_generalError, v.message);
    }
}

} // namespace anju
