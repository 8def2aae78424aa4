#include "widgets/PersonSearchBox.h"

#include "domain/Enums.h"
#include "registry/PersonSearch.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int SearchLimit = 60;
constexpr int TextRole = Qt::UserRole + 1;
} // namespace

PersonSearchBox::PersonSearchBox(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_persons = new QListWidget(this);
    m_persons->setObjectName(QStringLiteral("personHits"));
    m_persons->setMaximumHeight(m_persons->fontMetrics().height() * 6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_persons);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusProxy(m_search);
    // Enter searches (or picks) and stays here: it must not reach the dialog's default button as well.
    m_search->installEventFilter(this);
    connect(m_persons, &QListWidget::currentRowChanged, this, [this]() { emit personChanged(personId()); });
    // A hit chosen with the mouse or Enter in the list is picked too.
    connect(m_persons, &QListWidget::itemActivated, this, [this]() {
        if (m_pickOnEnter)
            pick();
    });
}

bool PersonSearchBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const bool searched = m_search->text().trimmed() == m_searched && personId() > 0;
            if (m_pickOnEnter && searched)
                pick();
            else
                search();
            if (m_pickOnEnter && m_exactId && personId() > 0)
                pick();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && personId() > 0) {
            const int row = m_persons->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_persons->count())
                m_persons->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 PersonSearchBox::personId() const
{
    const QListWidgetItem* item = m_persons->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString PersonSearchBox::personText() const
{
    const QListWidgetItem* item = m_persons->currentItem();
    return item ? item->data(TextRole).toString() : QString();
}

void PersonSearchBox::search()
{
    const QSignalBlocker quiet(m_persons);
    m_persons->clear();
    m_exactId = false;
    const QString text = m_search->text().trimmed();
    m_searched = text;
    const registry::PersonSearch finder(m_db);
    if (text.isEmpty()) {
        emit personChanged(0);
        return;
    }
    // A masked role typing ID or phone digits: the reason, not "No person found."
    if (const Outcome refused = finder.refusal(text); !refused) {
        auto* reason = new QListWidgetItem(refused.summary(), m_persons);
        reason->setFlags(Qt::NoItemFlags);
        emit personChanged(0);
        return;
    }
    for (const registry::PersonHit& hit : finder.page(text, 0, SearchLimit)) {
        if (hit.state != PersonState::Active)
            continue;
        const QString shown = tr("%1 · %2 · born %3 · household %4, %5")
                                  .arg(hit.name, enumLabel(hit.sex), QString::number(hit.birthDate.year()),
                                       hit.householdNumber, hit.siteName);
        auto* item = new QListWidgetItem(shown, m_persons);
        item->setData(Qt::UserRole, hit.personId);
        item->setData(TextRole, shown);
        if (hit.idNumber.compare(text, Qt::CaseInsensitive) == 0)
            m_exactId = true;
    }
    m_exactId = m_exactId && m_persons->count() == 1;
    if (m_persons->count() == 0) {
        auto* none = new QListWidgetItem(tr("No person on file found."), m_persons);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_persons->setCurrentRow(0);
    }
    emit personChanged(personId());
}

void PersonSearchBox::pick()
{
    const qint64 id = personId();
    if (id <= 0)
        return;
    const QString text = personText();
    emit picked(id, text);
    m_search->clear();
    m_searched.clear();
    const QSignalBlocker quiet(m_persons);
    m_persons->clear();
    m_exactId = false;
    emit personChanged(0);
}

} // namespace anju
