#include "party/ChartsPanel.h"

#include "charts/ChartView.h"
#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"

#include <QGridLayout>
#include <QLabel>

namespace anju {

ChartsPanel::ChartsPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_byStage = new ChartView(this);
    m_byStage->setObjectName(QStringLiteral("chartByStage"));
    m_byAge = new ChartView(this);
    m_byAge->setObjectName(QStringLiteral("chartByAge"));
    m_bySex = new ChartView(this);
    m_bySex->setObjectName(QStringLiteral("chartBySex"));
    auto* hint = new QLabel(
        tr("On the roll today (normal and mobile). By stage counts everyone from applicants on; by age and "
           "by sex count party members (probationary and full). Hover over a bar for its number; "
           "right-click a chart to save it as a picture."),
        this);
    hint->setEnabled(false);
    hint->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_byStage, 0, 0, 1, 2);
    layout->addWidget(m_byAge, 1, 0);
    layout->addWidget(m_bySex, 1, 1);
    layout->addWidget(hint, 2, 0, 1, 2);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void ChartsPanel::setOrganisation(qint64 organisationId, const QString& name)
{
    m_organisationId = organisationId;
    m_name = name;
    if (isVisible())
        refresh();
}

void ChartsPanel::refresh()
{
    const party::BranchProfile profile = party::PartyMemberRepository(m_db).profile(
        m_organisationId, m_asOf.isValid() ? m_asOf : QDate::currentDate(), true);
    const QString unit = tr("%1 people", "a count of people on a chart");

    ChartData stages;
    stages.kind = ChartData::Kind::Bar;
    stages.title = tr("%1 — members by development stage").arg(m_name);
    stages.unitFormat = unit;
    ChartSeries stageCounts;
    for (const auto& info : enumInfos<party::DevelopmentStage>()) {
        stages.categories.append(enumLabel(info.value));
        stageCounts.values.append(profile.byStage.of(info.value));
    }
    stages.series = {stageCounts};
    m_byStage->setData(stages);

    ChartData ages;
    // Lying bars: the age bands ("30岁及以下") read whole at the left, as on the report page.
    ages.kind = ChartData::Kind::HorizontalBar;
    ages.title = tr("Party members by age");
    ages.unitFormat = unit;
    ChartSeries ageCounts;
    for (const auto& info : enumInfos<party::AgeBand>()) {
        ages.categories.append(enumLabel(info.value));
        ageCounts.values.append(profile.byAgeBand[static_cast<int>(info.value)]);
    }
    ages.series = {ageCounts};
    m_byAge->setData(ages);

    ChartData sexes;
    sexes.kind = ChartData::Kind::Pie;
    sexes.title = tr("Party members by sex");
    sexes.unitFormat = unit;
    sexes.categories = {enumLabel(Sex::Male), enumLabel(Sex::Female)};
    sexes.series = {{{}, {double(profile.male), double(profile.female)}}};
    m_bySex->setData(sexes);
}

} // namespace anju
