#include "shell/OfficeSettingsBox.h"

#include "settings/OfficeSettings.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anju {

OfficeSettingsBox::OfficeSettingsBox(const Database& db, QWidget* parent)
    : QGroupBox(tr("Office settings"), parent), m_db(db)
{
    setObjectName(QStringLiteral("officeSettings"));
    auto* intro =
        new QLabel(tr("The figures the rules of this office use, kept in its database. Shown here to "
                      "check them; they cannot be changed in this version."),
                   this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("officeSettingsList"));
    m_tree->setHeaderLabels({tr("Setting"), tr("In force"), tr("Default"), tr("From")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    reload();
}

void OfficeSettingsBox::reload()
{
    m_tree->clear();
    const Result<QList<settings::OfficeSetting>> read = settings::OfficeSettings::read(m_db);
    if (!read) {
        auto* item = new QTreeWidgetItem(m_tree, {read.summary()});
        item->setFirstColumnSpanned(true);
        return;
    }
    QTreeWidgetItem* group = nullptr;
    for (const settings::OfficeSetting& s : read.value()) {
        if (!group || group->text(0) != s.group) {
            group = new QTreeWidgetItem(m_tree, {s.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group, {s.label, s.value, s.defaultValue, s.sourceText()});
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
}

} // namespace anju
