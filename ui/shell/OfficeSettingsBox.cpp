#include "shell/OfficeSettingsBox.h"

#include "database/Database.h"
#include "settings/OfficeSettingEdit.h"
#include "shell/OfficeSettingDialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int KeyRole = Qt::UserRole;
} // namespace

OfficeSettingsBox::OfficeSettingsBox(const Database& db, QWidget* parent)
    : QGroupBox(tr("Office settings"), parent), m_db(db),
      m_mayEdit(settings::OfficeSettingEdit::mayEdit(db.session()))
{
    setObjectName(QStringLiteral("officeSettings"));
    auto* intro = new QLabel(
        m_mayEdit ? tr("The figures the rules of this office use, kept in its database. The visit and income "
                       "rules can be changed here by the administrator and the manager: select one and press "
                       "Enter or double-click it. Each change is written to the audit trail.")
                  : tr("The figures the rules of this office use, kept in its database. Shown here to check "
                       "them; only the administrator and the manager may change the visit and income rules."),
        this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("officeSettingsList"));
    m_tree->setHeaderLabels({tr("Setting"), tr("In force"), tr("Default"), tr("From")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("officeSettingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide(); // until there is something to say
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    if (m_mayEdit) {
        m_change = new QPushButton(tr("&Change…"), this);
        m_change->setObjectName(QStringLiteral("officeSettingChange"));
        m_addLine = new QPushButton(tr("Add a year's &monitoring line…"), this);
        m_addLine->setObjectName(QStringLiteral("officeSettingAddLine"));
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_change);
        buttons->addWidget(m_addLine);
        buttons->addStretch();
        layout->addLayout(buttons);
        // Enter and a double-click both activate a row.
        connect(m_tree, &QTreeWidget::itemActivated, this, &OfficeSettingsBox::editCurrent);
        connect(m_change, &QPushButton::clicked, this, &OfficeSettingsBox::editCurrent);
        connect(m_addLine, &QPushButton::clicked, this, &OfficeSettingsBox::addYearLine);
        connect(m_tree, &QTreeWidget::currentItemChanged, this, &OfficeSettingsBox::currentChanged);
    }
    reload();
}

void OfficeSettingsBox::reload()
{
    m_tree->clear();
    m_settings.clear();
    const Result<QList<settings::OfficeSetting>> read = settings::OfficeSettings::read(m_db);
    if (!read) {
        auto* item = new QTreeWidgetItem(m_tree, {read.summary()});
        item->setFirstColumnSpanned(true);
        return;
    }
    m_settings = read.value();
    QTreeWidgetItem* group = nullptr;
    for (const settings::OfficeSetting& s : m_settings) {
        if (!group || group->text(0) != s.group) {
            group = new QTreeWidgetItem(m_tree, {s.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group, {s.label, s.value, s.defaultValue, s.sourceText()});
        item->setData(0, KeyRole, s.key);
        // The whole text of every column, the key for whoever looks in the database, and the note.
        QString tip = s.label + QStringLiteral("\n") + s.key;
        if (!s.note.isEmpty())
            tip += QStringLiteral("\n") + s.note;
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, c == 0 ? tip : item->text(c));
        if (s.source == settings::OfficeSetting::Source::Default && !s.stored.isEmpty())
            item->setForeground(3, QColor(0xb7, 0x1c, 0x1c));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->expandAll();
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
    currentChanged();
}

void OfficeSettingsBox::currentChanged()
{
    if (!m_change)
        return;
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString key = item ? item->data(0, KeyRole).toString() : QString();
    m_change->setEnabled(!key.isEmpty() && settings::OfficeSettingEdit::spec(m_db, key).has_value());
}

void OfficeSettingsBox::select(const QString& key)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == key) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void OfficeSettingsBox::editCurrent()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (item && !item->data(0, KeyRole).toString().isEmpty())
        editSetting(item->data(0, KeyRole).toString());
}

void OfficeSettingsBox::editSetting(const QString& key)
{
    if (!m_mayEdit)
        return;
    const settings::OfficeSetting* setting = nullptr;
    for (const settings::OfficeSetting& s : m_settings) {
        if (s.key == key)
            setting = &s;
    }
    const std::optional<settings::SettingSpec> spec = settings::OfficeSettingEdit::spec(m_db, key);
    if (!setting || !spec) {
        m_status->setText(tr("This setting cannot be changed here."));
        m_status->show();
        return;
    }
    // open(), not exec(): the page's event loop goes on (and a test can answer the dialog).
    auto* dialog = new OfficeSettingDialog(m_db, *setting, *spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, key, label = setting->label] {
        reload();
        select(key);
        m_status->setText(tr("Saved: %1.").arg(label));
        m_status->show();
        m_tree->setFocus();
    });
    dialog->open();
}

void OfficeSettingsBox::addYearLine()
{
    auto* dialog = new YearLineDialog(m_db, QDate::currentDate().year(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(settings::OfficeSettingEdit::lineKey(dialog->year()));
        m_status->setText(tr("Saved the monitoring line of %1.").arg(dialog->year()));
        m_status->show();
        m_tree->setFocus();
    });
    dialog->open();
}

} // namespace anju
