#include "admin/StartSession.h"

#include "accounts/AccountService.h"
#include "accounts/SchemaUpgrade.h"
#include "admin/FirstAdminDialog.h"
#include "admin/LoginDialog.h"
#include "database/Database.h"
#include "widgets/MessageBox.h"

#include <QLineEdit>

namespace anju {

namespace {

bool logIn(const Database& db)
{
    accounts::AccountService accounts(db);
    if (!accounts.hasUsers()) {
        // A demo database made before it had users gets them; any other one its own administrator.
        if (db.isDemo() && accounts.createDemoUsers()) {
            // and logs in below like any other
        } else {
            FirstAdminDialog dialog(db);
            return dialog.exec() == QDialog::Accepted;
        }
    }
    if (qEnvironmentVariableIsSet("ANJU_USER") && qEnvironmentVariableIsSet("ANJU_PASSWORD") &&
        accounts.login(qEnvironmentVariable("ANJU_USER"), qEnvironmentVariable("ANJU_PASSWORD")))
        return true;
    LoginDialog dialog(db);
    if (qEnvironmentVariableIsSet("ANJU_USER"))
        dialog.userField()->setText(qEnvironmentVariable("ANJU_USER"));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

bool startSession(Database& db)
{
    if (!logIn(db))
        return false;
    if (const Outcome upgraded = accounts::SchemaUpgrade::afterLogin(db); !upgraded) {
        MessageBox::critical(nullptr, LoginDialog::tr("Anju"), upgraded.summary());
        accounts::AccountService(db).logout();
        return false;
    }
    return true;
}

} // namespace anju
