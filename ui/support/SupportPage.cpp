#include "support/SupportPage.h"

#include "access/Permissions.h"
#include "database/Database.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace anju {

SupportPage::SupportPage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("supportPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supportTabs"));
    m_tabs->setDocumentMode(true);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("supportRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setAlignment(Qt::AlignCenter);
    m_refusal->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_refusal);
}

void SupportPage::addTab(QWidget* tab, const QString& title)
{
    m_tabs->addTab(tab, title);
}

void SupportPage::finish()
{
    const bool none = m_tabs->count() == 0;
    m_tabs->setVisible(!none);
    m_refusal->setVisible(none);
    if (!none)
        return;
    // Core's reason for each workflow the page holds, so a role that reads none of them is told of each.
    QStringList refusals;
    for (Action action : {Action::ReadIncome, Action::ReadWork}) {
        if (const Outcome refused = Permissions::require(m_db, action); !refused)
            refusals.append(refused.summary());
    }
    m_refusal->setText(refusals.join(QLatin1Char('\n')));
}

} // namespace anju
