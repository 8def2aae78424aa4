#include "shell/SettingsPage.h"

#include "Translations.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "shell/DatabaseChoice.h"
#include "shell/OfficeSettingsBox.h"
#include "shell/ServerConnectionDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace anju {

SettingsPage::SettingsPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    // Language names are written in their own language, so anyone can find theirs.
    auto* languageBox = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int current = m_language->findData(Translations::preferredLanguage());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_restartNote = new QLabel(tr("A new language applies the next time Anju starts."), languageBox);
    auto* languageForm = new QFormLayout(languageBox);
    languageForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* languageLabel = new QLabel(tr("&Language of the window:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    languageForm->addRow(QString(), m_restartNote);
    connect(m_language, &QComboBox::activated, this, &SettingsPage::chooseLanguage);

    auto* databaseBox = new QGroupBox(tr("Database"), this);
    auto* location = new QLineEdit(db.location().display(), databaseBox);
    location->setObjectName(QStringLiteral("databaseLocation"));
    location->setReadOnly(true);
    location->setCursorPosition(0);
    auto* openFolder = new QPushButton(tr("&Open folder"), databaseBox);
    openFolder->setObjectName(QStringLiteral("openDatabaseFolder"));
    openFolder->setEnabled(db.location().engine == SqlDialect::Engine::Sqlite);
    connect(openFolder, &QPushButton::clicked, this, &SettingsPage::openDatabaseFolder);
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(location, 1);
    locationRow->addWidget(openFolder);
    auto* databaseForm = new QFormLayout(databaseBox);
    auto* locationLabel = new QLabel(tr("Location:"), databaseBox);
    locationLabel->setBuddy(location);
    databaseForm->addRow(locationLabel, locationRow);
    // Several desks share one database on the office's server; a single desk keeps its file.
    auto* server = new QPushButton(tr("Shared &server…"), databaseBox);
    server->setObjectName(QStringLiteral("chooseServer"));
    server->setToolTip(tr("Open the office's shared PostgreSQL database instead of this computer's file"));
    connect(server, &QPushButton::clicked, this, &SettingsPage::chooseServer);
    auto* localFile = new QPushButton(tr("This computer's &file"), databaseBox);
    localFile->setObjectName(QStringLiteral("chooseLocalFile"));
    connect(localFile, &QPushButton::clicked, this, [this] {
        DatabaseChoice::forget();
        emit statusMessage(
            tr("From the next start on, Anju opens %1.").arg(DatabaseLocation::defaultLocation().display()));
    });
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(server);
    choiceRow->addWidget(localFile);
    choiceRow->addStretch();
    databaseForm->addRow(QString(), choiceRow);
    databaseForm->addRow(tr("Schema version:"), new QLabel(QString::number(db.schemaVersion()), databaseBox));
    if (db.isDemo())
        databaseForm->addRow(QString(), new QLabel(tr("This database holds demo data."), databaseBox));

    auto* aboutBox = new QGroupBox(tr("Program"), this);
    auto* aboutForm = new QFormLayout(aboutBox);
    auto* version = new QLabel(QStringLiteral(ANJU_VERSION), aboutBox);
    version->setObjectName(QStringLiteral("programVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    aboutForm->addRow(tr("Anju version:"), version);
    aboutForm->addRow(tr("Qt version:"), new QLabel(QString::fromLatin1(qVersion()), aboutBox));

    auto* columnBox = new QWidget(this);
    columnBox->setMaximumWidth(fontMetrics().height() * 40);
    auto* column = new QVBoxLayout(columnBox);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading);
    column->addSpacing(heading->fontMetrics().height() / 2);
    column->addWidget(languageBox);
    column->addWidget(databaseBox);
    column->addWidget(aboutBox);
    column->addStretch();

    // A readable column, not fields stretched across a wide screen; the administrator has the office's
    // settings beside it.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(columnBox, 1);
    if (Permissions::allows(db.session(), Action::ReadRuleSettings)) {
        columnBox->setMaximumWidth(fontMetrics().height() * 30);
        layout->addSpacing(16);
        layout->addWidget(new OfficeSettingsBox(db, this), 2);
    } else {
        layout->addStretch(0);
    }
}

void SettingsPage::chooseLanguage(int index)
{
    const QString language = m_language->itemData(index).toString();
    if (language == Translations::preferredLanguage())
        return;
    Translations::setPreferredLanguage(language);
    emit statusMessage(tr("Language saved. Start Anju again to use it."));
}

void SettingsPage::chooseServer()
{
    ServerConnectionDialog dialog(this);
    dialog.setLocation(m_db.location().engine == SqlDialect::Engine::PostgreSql
                           ? m_db.location()
                           : DatabaseChoice::remembered());
    dialog.exec();
}

void SettingsPage::openDatabaseFolder()
{
    const QString folder = QFileInfo(m_db.location().path).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        emit statusMessage(tr("Could not open the folder %1.").arg(folder));
}

} // namespace anju
