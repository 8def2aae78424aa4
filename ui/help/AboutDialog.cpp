#include "help/AboutDialog.h"

#include "about/BuildInfo.h"
#include "database/Database.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace anju {

AboutDialog::AboutDialog(const Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Anju"));

    QString libraries;
    for (const about::BuildInfo::Library& library : about::BuildInfo::libraries())
        libraries += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                         .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped());
    m_text = tr("<h2>Anju %1</h2>"
                "<p>Follow-up support for relocation resettlement sites: the household registry, party "
                "building, the dashboard and the monthly summary.</p>"
                "<p>Licence: %2 (GNU General Public License, version 3 or later).</p>"
                "<p>Libraries:</p><table>%3</table>"
                "<p>Database: %4 (schema %5)</p>")
                 .arg(about::BuildInfo::version(), about::BuildInfo::licence(), libraries,
                      db.location().display().toHtmlEscaped())
                 .arg(db.schemaVersion());

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/anju.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(m_text, this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setMinimumWidth(420);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace anju
