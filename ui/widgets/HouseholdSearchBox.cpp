#include "widgets/HouseholdSearchBox.h"

#include "domain/Enums.h"
#include "registry/PersonSearch.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int SearchLimit = 60;
constexpr int NumberRole = Qt::UserRole + 1;
} // namespace

HouseholdSearchBox::HouseholdSearchBox(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("householdSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_households = new QListWidget(this);
    m_households->setObjectName(QStringLiteral("householdHits"));
    m_households->setMaximumHeight(m_households->fontMetrics().height() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_households);
    // As wide as the form gives: a line names the household, a member, the relationship and the site.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_households->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusProxy(m_search);
    // Enter searches and stays here: it must not reach the dialog's default button as well.
    m_search->installEventFilter(this);
    connect(m_households, &QListWidget::currentRowChanged, this,
            [this]() { emit householdChanged(householdId()); });
}

bool HouseholdSearchBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            return true;
        }
        // Up and Down choose among the households found without leaving the search field.
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && householdId() > 0) {
            const int row = m_households->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_households->count())
                m_households->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 HouseholdSearchBox::householdId() const
{
    const QListWidgetItem* item = m_households->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString HouseholdSearchBox::householdNumber() const
{
    const QListWidgetItem* item = m_households->currentItem();
    return item ? item->data(NumberRole).toString() : QString();
}

void HouseholdSearchBox::search()
{
    const QSignalBlocker quiet(m_households);
    m_households->clear();
    const QString text = m_search->text().trimmed();
    const registry::PersonSearch finder(m_db);
    if (text.isEmpty()) {
        emit householdChanged(0);
        return;
    }
    // A masked role typing ID or phone digits: the reason, not "No household found."
    if (const Outcome refused = finder.refusal(text); !refused) {
        auto* reason = new QListWidgetItem(refused.summary(), m_households);
        reason->setFlags(Qt::NoItemFlags);
        emit householdChanged(0);
        return;
    }
    QSet<qint64> listed;
    for (const registry::PersonHit& hit : finder.page(text, 0, SearchLimit)) {
        if (hit.state != PersonState::Active || listed.contains(hit.householdId))
            continue;
        listed.insert(hit.householdId);
        auto* item = new QListWidgetItem(
            tr("household %1 · %2 (%3) · %4")
                .arg(hit.householdNumber, hit.name, enumLabel(hit.relationship), hit.siteName),
            m_households);
        item->setData(Qt::UserRole, hit.householdId);
        item->setData(NumberRole, hit.householdNumber);
    }
    if (m_households->count() == 0) {
        auto* none = new QListWidgetItem(tr("No household found."), m_households);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_households->setCurrentRow(0);
    }
    emit householdChanged(householdId());
}

} // namespace anju
