#include "party/DuesPanel.h"

#include "domain/Enums.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberRepository.h"
#include "party/PartyRules.h"
#include "party/PartySettings.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

namespace {
enum Column
{
    NameColumn,
    OrganisationColumn,
    CategoryColumn,
    PerMonthColumn,
    PaidColumn,
    OwedMonthsColumn,
    OwedAmountColumn,
};

struct DuesRow
{
    qint64 memberId = 0;
    QString name;
    QString organisation;
    DuesCategory category = DuesCategory::Farmer;
    Fen perMonth = 0;
    int paidThisYear = 0;
    QList<QDate> owed;
};
} // namespace

DuesPanel::DuesPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("duesOverview"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Organisation"), tr("Category"),
                                        tr("Per month (yuan)"), tr("Months paid this year"),
                                        tr("Months owed"), tr("Owed (yuan)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_summary = new QLabel(this);
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Record payment…"), this);
    open->setToolTip(tr("Open the selected member's dues to record the months paid (Enter)"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_memberIds.size())
            emit openMemberDuesRequested(m_memberIds.at(row));
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::activated, this, openCurrent);
}

void DuesPanel::setOrganisation(qint64 organisationId)
{
    m_organisationId = organisationId;
    refresh();
}

void DuesPanel::refresh()
{
    const QDate today = QDate::currentDate();
    const QDate yearStart(today.year(), 1, 1);
    const QDate lastMonth = PartyRules::monthStart(today).addMonths(-1);
    const QList<qint64> organisations = OrganisationRepository(m_db).subtreeIds(m_organisationId);
    const PartySettings settings = PartySettings::load(m_db);
    // Paid months from long ago too: arrears may reach back before this year.
    const QHash<qint64, QSet<QDate>> paid =
        PartyActivityRepository(m_db).paidMonths(QDate(1900, 1, 1), today);
    QHash<qint64, QString> names;
    for (const Organisation& o : OrganisationRepository(m_db).organisations())
        names.insert(o.id, o.name);

    QList<DuesRow> rows;
    for (const PartyMember& m : PartyMemberRepository(m_db).allMembers()) {
        const bool partyMember =
            m.stage == DevelopmentStage::Probationary || m.stage == DevelopmentStage::Full;
        const bool onRoll = m.state == MemberState::Normal || m.state == MemberState::Mobile;
        if (!partyMember || !onRoll || !organisations.contains(m.organisationId))
            continue;
        DuesRow row;
        row.memberId = m.id;
        row.name = m.name;
        row.organisation = names.value(m.organisationId);
        row.category = m.dues.category;
        row.perMonth = PartyRules::monthlyDues(m.dues, settings.dues);
        const QSet<QDate> months = paid.value(m.id);
        row.paidThisYear =
            int(std::count_if(months.begin(), months.end(), [&](const QDate& d) { return d >= yearStart; }));
        // This month is not owed until it is over.
        row.owed = PartyRules::unpaidMonths(m, months, lastMonth);
        rows.append(row);
    }
    // Most owed first, then by name: who the secretary talks to first.
    std::stable_sort(rows.begin(), rows.end(), [](const DuesRow& a, const DuesRow& b) {
        if (a.owed.size() != b.owed.size())
            return a.owed.size() > b.owed.size();
        return a.name.localeAwareCompare(b.name) < 0;
    });

    m_memberIds.clear();
    m_table->setRowCount(int(rows.size()));
    int owing = 0;
    Fen owedTotal = 0;
    const QBrush red(QColor(0xc6, 0x28, 0x28));
    for (int i = 0; i < rows.size(); ++i) {
        const DuesRow& r = rows.at(i);
        m_memberIds.append(r.memberId);
        const Fen owedAmount = r.perMonth * r.owed.size();
        owing += r.owed.isEmpty() ? 0 : 1;
        owedTotal += owedAmount;
        const QStringList texts = {r.name,
                                   r.organisation,
                                   enumLabel(r.category),
                                   PartyRules::formatYuan(r.perMonth),
                                   QString::number(r.paidThisYear),
                                   QString::number(r.owed.size()),
                                   r.owed.isEmpty() ? QString() : PartyRules::formatYuan(owedAmount)};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (c >= PerMonthColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!r.owed.isEmpty() && c >= OwedMonthsColumn)
                item->setForeground(red);
            if (c == OwedMonthsColumn && !r.owed.isEmpty())
                item->setToolTip(tr("Owed since %1").arg(r.owed.first().toString(QStringLiteral("yyyy-MM"))));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnHidden(OrganisationColumn, organisations.size() == 1);
    m_summary->setText(
        tr("%1 party members; %2 owe dues, %3 yuan in all (through %4).")
            .arg(rows.size())
            .arg(owing)
            .arg(PartyRules::formatYuan(owedTotal), lastMonth.toString(QStringLiteral("yyyy-MM"))));
}

} // namespace anju
