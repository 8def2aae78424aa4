#include "grids/CaseBoardPanel.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/CaseActionDialog.h"
#include "grids/CaseDialog.h"
#include "grids/CaseRepository.h"
#include "grids/GridRepository.h"
#include "grids/VisitEnums.h"
#include "registry/HouseholdRepository.h"
#include "widgets/PermissionGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum CaseColumn
{
    CaseTitle,
    CaseKindColumn,
    CaseReceived,
    CaseDeadline,
    CaseHandlerColumn,
    CaseHeldBy,
    CaseColumns
};

constexpr int CaseIdRole = Qt::UserRole + 1;

// The board's order: what waits for the grid first, what is done last.
const QList<grids::CaseState> BoardOrder = {grids::CaseState::Received, grids::CaseState::InProgress,
                                            grids::CaseState::Escalated, grids::CaseState::Referred,
                                            grids::CaseState::Resolved};

constexpr int ResolvedMonths = 3;

} // namespace

CaseBoardPanel::CaseBoardPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const auto& info : enumInfos<grids::CaseKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("caseOverdueOnly"));
    m_count = new QLabel(this);
    m_receive = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Receive case…"), this);
    m_receive->setObjectName(QStringLiteral("receiveCase"));
    m_act = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Take a step…"), this);
    m_act->setObjectName(QStringLiteral("actOnCase"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("caseBoard"));
    m_tree->setColumnCount(CaseColumns);
    m_tree->setHeaderLabels(
        {tr("Case"), tr("Kind"), tr("Received"), tr("Deadline"), tr("Handler"), tr("Held by")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(CaseTitle, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("caseDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_events = new QTableWidget(0, 5, this);
    m_events->setObjectName(QStringLiteral("caseEvents"));
    m_events->setHorizontalHeaderLabels(
        {tr("Date"), tr("Step"), tr("State"), tr("Handler / department"), tr("Note")});
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->verticalHeader()->hide();
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 10);
    m_events->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_overdueOnly);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    top->addWidget(m_receive);
    top->addWidget(m_act);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details, 2);
    lowerLayout->addWidget(m_events, 5);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_canWrite = PermissionGate::apply(db, Action::WriteGrids, {m_receive, m_act});
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseBoardPanel::refresh);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &CaseBoardPanel::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CaseBoardPanel::showDetails);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, CaseIdRole).toLongLong() != 0)
            actOnCase();
    });
    connect(m_receive, &QPushButton::clicked, this, &CaseBoardPanel::receiveCase);
    connect(m_act, &QPushButton::clicked, this, &CaseBoardPanel::actOnCase);
    showDetails();
}

void CaseBoardPanel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void CaseBoardPanel::setGrid(qint64 gridId, qint64 siteId)
{
    m_gridId = gridId;
    m_siteId = siteId;
    refresh();
}

QString CaseBoardPanel::staffName(qint64 staffId)
{
    if (staffId == 0)
        return {};
    auto found = m_staffNames.constFind(staffId);
    if (found != m_staffNames.constEnd())
        return *found;
    const auto staff = grids::GridRepository(m_db).staffMember(staffId);
    const QString name = staff ? staff->name : QString();
    m_staffNames.insert(staffId, name);
    return name;
}

void CaseBoardPanel::refresh()
{
    const qint64 before = currentCaseId();
    grids::CaseFilter filter;
    filter.today = m_today;
    filter.siteId = m_siteId;
    filter.gridId = m_gridId;
    filter.overdueOnly = m_overdueOnly->isChecked();
    // Every open case, and those resolved in the last three months: what a board is looked at for.
    filter.resolvedSince = m_today.addMonths(-ResolvedMonths);
    filter.limit = 5000;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = static_cast<grids::CaseKind>(kind);
    const QList<grids::GridCase> cases = grids::CaseRepository(m_db).cases(filter);

    QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<grids::CaseState, QTreeWidgetItem*> groups;
    QHash<grids::CaseState, int> counts;
    for (grids::CaseState state : BoardOrder) {
        auto* group = new QTreeWidgetItem(m_tree);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        groups.insert(state, group);
    }
    int overdue = 0;
    QTreeWidgetItem* current = nullptr;
    for (const grids::GridCase& c : cases) {
        auto* item = new QTreeWidgetItem(groups.value(c.status.state));
        QString heldBy = enumLabel(c.status.level);
        if (c.status.state == grids::CaseState::Referred)
            heldBy = c.status.referralAccepted ? tr("%1 (accepted)").arg(c.referredDepartment)
                                               : tr("%1 (not yet accepted)").arg(c.referredDepartment);
        QString deadline = c.deadline.toString(Qt::ISODate);
        const bool late = c.isOverdue(m_today);
        if (late) {
            deadline = tr("%1 (%n day(s) overdue)", nullptr, int(c.deadline.daysTo(m_today))).arg(deadline);
            ++overdue;
        }
        const QStringList texts = {c.title,  enumLabel(c.kind),           c.receivedOn.toString(Qt::ISODate),
                                   deadline, staffName(c.handlerStaffId), heldBy};
        for (int col = 0; col < texts.size(); ++col) {
            item->setText(col, texts.at(col));
            if (late)
                item->setForeground(col, Qt::red);
        }
        if (late)
            item->setToolTip(CaseDeadline, tr("Past its deadline and not resolved."));
        item->setData(0, CaseIdRole, c.id);
        ++counts[c.status.state];
        if (c.id == before)
            current = item;
    }
    for (grids::CaseState state : BoardOrder) {
        QTreeWidgetItem* group = groups.value(state);
        group->setText(0, state == grids::CaseState::Resolved
                              ? tr("%1 in the last %n month(s) (%2)", nullptr, ResolvedMonths)
                                    .arg(enumLabel(state))
                                    .arg(counts.value(state))
                              : tr("%1 (%2)").arg(enumLabel(state)).arg(counts.value(state)));
        // What is still open is opened; the resolved ones wait behind their heading.
        group->setExpanded(state != grids::CaseState::Resolved || filter.overdueOnly);
    }
    // Sized once every group is open or closed: a collapsed group's rows would not be measured. The
    // resolved ones are measured too, so opening them does not cut their kinds off.
    const bool resolvedOpen = groups.value(grids::CaseState::Resolved)->isExpanded();
    groups.value(grids::CaseState::Resolved)->setExpanded(true);
    for (int col = 1; col < CaseColumns; ++col)
        m_tree->resizeColumnToContents(col);
    groups.value(grids::CaseState::Resolved)->setExpanded(resolvedOpen);
    m_count->setText(
        cases.size() >= filter.limit
            ? tr("The first %n case(s) by deadline, %1 overdue: choose a grid to see all of its.", nullptr,
                 int(cases.size()))
                  .arg(overdue)
            : tr("%n case(s), %1 overdue", nullptr, int(cases.size())).arg(overdue));
    if (!current)
        for (grids::CaseState state : BoardOrder)
            if (!current && groups.value(state)->childCount() > 0 && state != grids::CaseState::Resolved)
                current = groups.value(state)->child(0);
    m_tree->setCurrentItem(current);
    blocker.unblock();
    showDetails();
}

qint64 CaseBoardPanel::currentCaseId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, CaseIdRole).toLongLong() : 0;
}

bool CaseBoardPanel::selectCase(qint64 caseId)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, CaseIdRole).toLongLong() == caseId) {
                group->setExpanded(true);
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
    }
    return false;
}

QList<qint64> CaseBoardPanel::casesIn(grids::CaseState state) const
{
    QList<qint64> ids;
    const QTreeWidgetItem* group = m_tree->topLevelItem(int(BoardOrder.indexOf(state)));
    for (int i = 0; group && i < group->childCount(); ++i)
        ids.append(group->child(i)->data(0, CaseIdRole).toLongLong());
    return ids;
}

void CaseBoardPanel::showDetails()
{
    const qint64 id = currentCaseId();
    const std::optional<grids::GridCase> c =
        id != 0 ? grids::CaseRepository(m_db).gridCase(id) : std::nullopt;
    if (m_canWrite) {
        m_act->setEnabled(c.has_value() && grids::CaseStateMachine::isOpen(c->status.state));
        m_act->setToolTip(!c                   ? tr("Choose a case in the list.")
                          : m_act->isEnabled() ? QString()
                                               : tr("The case is resolved: no step is left."));
    }
    m_events->setRowCount(0);
    if (!c) {
        m_details->setText(tr("Choose a case to see its households and history."));
        return;
    }
    const registry::HouseholdRepository households(m_db);
    QStringList numbers;
    for (qint64 h : c->householdIds)
        if (const auto household = households.household(h))
            numbers.append(household->number);
    QStringList persons;
    for (qint64 p : c->personIds)
        if (const auto person = households.person(p))
            persons.append(person->name);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(c->title.toHtmlEscaped());
    lines << tr("Households: %1").arg(numbers.isEmpty() ? tr("none") : numbers.join(tr(", ")));
    if (!persons.isEmpty())
        lines << tr("Persons: %1").arg(persons.join(tr(", ")).toHtmlEscaped());
    if (!c->reporterName.isEmpty() || !c->reporterPhone.isEmpty())
        lines << tr("Reported by: %1 %2")
                     .arg(c->reporterName.toHtmlEscaped(),
                          Permissions::shownPhone(m_db.session(), c->reporterPhone).toHtmlEscaped());
    if (!c->description.isEmpty())
        lines << c->description.toHtmlEscaped();
    if (c->status.state == grids::CaseState::Resolved) {
        lines << tr("Resolved on %1: %2").arg(c->resolvedOn.toString(Qt::ISODate), c->result.toHtmlEscaped());
        lines << tr("Satisfaction: %1").arg(c->satisfaction ? enumLabel(*c->satisfaction) : tr("not asked"));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));

    m_events->setRowCount(int(c->events.size()));
    for (int i = 0; i < c->events.size(); ++i) {
        const grids::CaseEvent& e = c->events.at(i);
        QString state;
        if (e.toState && e.fromState && *e.toState != *e.fromState)
            state = tr("%1 → %2").arg(enumLabel(*e.fromState), enumLabel(*e.toState));
        else if (e.toState)
            state = enumLabel(*e.toState);
        if (e.level && e.action == grids::CaseAction::Escalate)
            state = tr("%1, to %2").arg(state, enumLabel(*e.level));
        const QString who = !e.department.isEmpty() ? e.department : staffName(e.staffId);
        const QStringList texts = {e.date.toString(Qt::ISODate), enumLabel(e.action), state, who, e.note};
        for (int col = 0; col < texts.size(); ++col)
            m_events->setItem(i, col, new QTableWidgetItem(texts.at(col)));
    }
    m_events->resizeColumnsToContents();
    m_events->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

void CaseBoardPanel::receiveCase()
{
    if (!m_receive->isEnabled())
        return;
    auto* dialog = new CaseDialog(m_db, m_gridId, m_siteId, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseDialog::caseReceived, this, [this](qint64 id) {
        refresh();
        selectCase(id);
        emit changed();
    });
    dialog->open();
}

void CaseBoardPanel::actOnCase()
{
    if (!m_act->isEnabled())
        return;
    const auto c = grids::CaseRepository(m_db).gridCase(currentCaseId());
    if (!c)
        return;
    auto* dialog = new CaseActionDialog(m_db, *c, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseActionDialog::caseChanged, this, [this](qint64 id) {
        refresh();
        selectCase(id);
        emit changed();
    });
    dialog->open();
}

} // namespace anju
