#include "households/RosterFilterBar.h"

#include "access/IdentityMask.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "registry/SiteRepository.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace anju {

namespace {
constexpr int AllStates = -1;
}

RosterFilterBar::RosterFilterBar(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("rosterSite"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumContentsLength(12);
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("rosterBuilding"));
    m_building->setMinimumContentsLength(8);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("rosterState"));
    for (const auto& info : enumInfos<HouseholdState>())
        m_state->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_state->addItem(tr("All states"), AllStates);
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(HouseholdState::Active)));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    // A role that sees IDs and phones masked cannot search by their digits (core/access/IdentityMask).
    m_search->setPlaceholderText(IdentityMask::findsByIdentityDigits(db.session())
                                     ? tr("Name, ID number, phone or household number")
                                     : tr("Name or household number"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    // The row must fit a 1280-pixel screen: the fields ask for their whole text, and shrink when they must.
    for (QWidget* field : std::initializer_list<QWidget*>{m_site, m_building, m_state})
        ScreenFit::letShrink(field, 4);
    ScreenFit::letShrink(m_search, 8);

    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    auto* buildingLabel = new QLabel(tr("&Building:"), this);
    buildingLabel->setBuddy(m_building);
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(siteLabel);
    layout->addWidget(m_site);
    layout->addSpacing(8);
    layout->addWidget(buildingLabel);
    layout->addWidget(m_building);
    layout->addSpacing(8);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &RosterFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Enter searches at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay.isActive()) {
            m_searchDelay.stop();
            emitFilter();
        }
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        reloadBuildings();
        emitFilter();
    });
    connect(m_building, &QComboBox::currentIndexChanged, this, &RosterFilterBar::emitFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RosterFilterBar::emitFilter);

    reloadSites();
}

qint64 RosterFilterBar::currentSiteId() const
{
    return m_site->currentData().toLongLong();
}

registry::RosterFilter RosterFilterBar::filter() const
{
    registry::RosterFilter filter;
    filter.siteId = currentSiteId();
    filter.buildingId = m_building->currentData().toLongLong();
    const int state = m_state->currentData().toInt();
    if (state == AllStates)
        filter.state.reset();
    else
        filter.state = static_cast<HouseholdState>(state);
    filter.search = m_search->text().trimmed();
    return filter;
}

void RosterFilterBar::reloadSites()
{
    const qint64 chosen = currentSiteId();
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"), qint64(0));
        for (const Site& site : registry::SiteRepository(m_db).sites())
            m_site->addItem(site.name, site.id);
        m_site->setCurrentIndex(qMax(0, m_site->findData(chosen)));
    }
    reloadBuildings();
    emitFilter();
}

void RosterFilterBar::reloadBuildings()
{
    const qint64 siteId = currentSiteId();
    const qint64 chosen = m_building->currentData().toLongLong();
    const QSignalBlocker blocker(m_building);
    m_building->clear();
    m_building->addItem(tr("All buildings"), qint64(0));
    if (siteId != 0) {
        for (const Building& building : registry::SiteRepository(m_db).buildings(siteId))
            m_building->addItem(building.name, building.id);
    }
    m_building->setCurrentIndex(qMax(0, m_building->findData(chosen)));
    // Buildings only mean something within one site.
    m_building->setEnabled(siteId != 0);
}

void RosterFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RosterFilterBar::showOnly(const QString& householdNumber, HouseholdState state)
{
    {
        const QSignalBlocker siteBlocker(m_site);
        const QSignalBlocker stateBlocker(m_state);
        const QSignalBlocker searchBlocker(m_search);
        m_site->setCurrentIndex(0);
        m_state->setCurrentIndex(qMax(0, m_state->findData(static_cast<int>(state))));
        m_search->setText(householdNumber);
    }
    reloadBuildings(); // every site: the building choice goes back to every building
    emitFilter();
}

void RosterFilterBar::emitFilter()
{
    m_searchDelay.stop();
    emit filterChanged(filter());
}

} // namespace anju
