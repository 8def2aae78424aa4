#include "shell/ServerConnectionDialog.h"

#include "database/ConnectionProbe.h"
#include "database/PostgresUrl.h"
#include "shell/DatabaseChoice.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace anju {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Shared server"));
    auto* intro = new QLabel(tr("When several desks share one database, it lives on the office's PostgreSQL "
                                "server. Ask whoever runs the server for these details."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("anju"), this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked at every start; never saved"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("serverTls"));
    m_tls->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted, and the server's certificate checked"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Not encrypted (this computer or a closed network only)"), QStringLiteral("disable"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().height() * 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("testConnection"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Use this server"));
    connect(test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().height() * 30);
}

DatabaseLocation ServerConnectionDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    DatabaseLocation location = DatabaseLocation::parse(url.toString());
    location.password = m_password->text();
    return location;
}

void ServerConnectionDialog::setLocation(const DatabaseLocation& location)
{
    if (location.engine != SqlDialect::Engine::PostgreSql)
        return;
    const Result<PostgresUrl> parsed = PostgresUrl::parse(location.path);
    if (!parsed)
        return;
    const PostgresUrl& url = parsed.value();
    m_host->setText(url.host);
    m_port->setValue(url.port);
    m_database->setText(url.database);
    m_user->setText(url.user);
    for (const QString& option : std::as_const(url.options)) {
        if (option.startsWith(QLatin1String("sslmode="))) {
            const int index = m_tls->findData(option.mid(8));
            if (index >= 0)
                m_tls->setCurrentIndex(index);
        }
    }
}

QString ServerConnectionDialog::lastResult() const
{
    return m_result->text();
}

bool ServerConnectionDialog::checkFields()
{
    for (QLineEdit* required : {m_host, m_database, m_user}) {
        if (required->text().trimmed().isEmpty()) {
            m_result->setText(tr("Fill in the server, the database and the user name."));
            required->setFocus();
            return false;
        }
    }
    return true;
}

void ServerConnectionDialog::testConnection()
{
    if (!checkFields())
        return;
    m_result->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents();
    const ConnectionProbe probe = ConnectionProbe::run(location());
    QApplication::restoreOverrideCursor();
    m_result->setText(probe.describe());
}

void ServerConnectionDialog::save()
{
    if (!checkFields())
        return;
    DatabaseChoice::remember(location());
    MessageBox::information(this, tr("Shared server"),
                            tr("Anju opens %1 from its next start on.").arg(location().display()));
    accept();
}

} // namespace anju
