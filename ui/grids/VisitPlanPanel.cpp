#include "grids/VisitPlanPanel.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/MustAttendDialog.h"
#include "grids/VisitEnums.h"
#include "grids/VisitRepository.h"
#include "grids/VisitService.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"

#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace anju {

namespace {

enum WorkerColumn
{
    WorkerName,
    WorkerDue,
    WorkerDone,
    WorkerLate,
    WorkerOverdue,
    WorkerOpen,
    WorkerShare,
    WorkerColumns
};

enum TaskColumn
{
    TaskHousehold,
    TaskPerson,
    TaskKindColumn,
    TaskDueFrom,
    TaskOverdueAfter,
    TaskState,
    TaskVisitedOn,
    TaskColumns
};

void setUpTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

VisitPlanPanel::VisitPlanPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("planMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate(m_today.year(), m_today.month(), 1));
    m_month->setCalendarPopup(true);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* previous = new QToolButton(this);
    previous->setText(tr("◀"));
    previous->setToolTip(tr("Previous month (Page Up)"));
    auto* next = new QToolButton(this);
    next->setText(tr("▶"));
    next->setToolTip(tr("Next month (Page Down)"));
    m_summary = new QLabel(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("planNotice"));
    m_notice->hide();

    m_workers = new QTableWidget(0, WorkerColumns, this);
    m_workers->setObjectName(QStringLiteral("planWorkers"));
    m_workers->setHorizontalHeaderLabels(
        {tr("Visitor"), tr("Due"), tr("Done"), tr("Done late"), tr("Overdue"), tr("Open"), tr("Done share")});
    setUpTable(m_workers);
    // A two-character name and a count of four digits both fit without eliding.
    m_workers->horizontalHeader()->setMinimumSectionSize(m_workers->fontMetrics().averageCharWidth() * 8);
    m_workers->horizontalHeader()->setSectionResizeMode(WorkerShare, QHeaderView::Stretch);

    m_tasksTitle = new QLabel(this);
    m_tasksTitle->setWordWrap(true); // the empty month's hint is a sentence
    m_taskTable = new QTableWidget(0, TaskColumns, this);
    m_taskTable->setObjectName(QStringLiteral("planTasks"));
    m_taskTable->setHorizontalHeaderLabels({tr("Household"), tr("Person"), tr("Kind"), tr("Due from"),
                                            tr("Overdue after"), tr("State"), tr("Visited on")});
    setUpTable(m_taskTable);
    m_taskTable->horizontalHeader()->setSectionResizeMode(TaskKindColumn, QHeaderView::Stretch);

    m_record = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Record visit…"), this);
    m_record->setObjectName(QStringLiteral("recordVisit"));
    m_mustAttend =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Register &must-attend…"), this);
    m_mustAttend->setObjectName(QStringLiteral("mustAttend"));
    m_mustAttend->setToolTip(tr("三必到: an emergency, discontent or a family dispute in a household"));
    m_makePlan = new QPushButton(tr("Make this month's &plan"), this);
    m_makePlan->setObjectName(QStringLiteral("makePlan"));
    m_makePlan->setToolTip(tr("四必访: make the visits of every target due by the month's end"));

    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(previous);
    top->addWidget(m_month);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_makePlan);
    top->addWidget(m_mustAttend);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* taskBar = new QHBoxLayout;
    taskBar->addWidget(m_tasksTitle, 1);
    taskBar->addWidget(m_record);
    lowerLayout->addLayout(taskBar);
    lowerLayout->addWidget(m_taskTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_workers);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    // Permission is core's: the buttons that write are off, with the reason, for a role that may not.
    m_canWrite = PermissionGate::apply(db, Action::WriteGrids, {m_record, m_mustAttend, m_makePlan});

    auto step = [this](int months) { setMonth(month().addMonths(months)); };
    connect(previous, &QToolButton::clicked, this, [step] { step(-1); });
    connect(next, &QToolButton::clicked, this, [step] { step(1); });
    for (auto [key, months] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [step, months] { step(months); });
    }
    connect(m_month, &QDateEdit::dateChanged, this, &VisitPlanPanel::refresh);
    connect(m_workers, &QTableWidget::currentCellChanged, this, &VisitPlanPanel::showTasks);
    connect(m_taskTable, &QTableWidget::currentCellChanged, this, &VisitPlanPanel::updateButtons);
    connect(m_taskTable, &QTableWidget::activated, this, &VisitPlanPanel::requestVisit);
    connect(m_record, &QPushButton::clicked, this, &VisitPlanPanel::requestVisit);
    connect(m_mustAttend, &QPushButton::clicked, this, &VisitPlanPanel::registerMustAttend);
    connect(m_makePlan, &QPushButton::clicked, this, &VisitPlanPanel::makeMonthPlan);
    updateButtons();
}

QDate VisitPlanPanel::month() const
{
    return m_month->date();
}

void VisitPlanPanel::setMonth(QDate month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

void VisitPlanPanel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void VisitPlanPanel::setGrid(qint64 gridId, qint64 siteId)
{
    m_gridId = gridId;
    m_siteId = siteId;
    refresh();
}

void VisitPlanPanel::refresh()
{
    const qint64 staffBefore = m_workers->currentRow() >= 0 && m_workers->currentRow() < m_plan.size()
                                   ? m_plan.at(m_workers->currentRow()).staffId
                                   : -1;
    const Result<QList<grids::WorkerPlan>> plan =
        grids::VisitPlan(m_db).forMonth(month(), m_gridId, m_today, m_siteId);
    m_plan = plan ? plan.value() : QList<grids::WorkerPlan>();
    if (!plan)
        m_summary->setText(plan.summary());
    QSignalBlocker blocker(m_workers);
    m_workers->setRowCount(int(m_plan.size()));
    int due = 0, done = 0, overdue = 0, current = m_plan.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_plan.size(); ++i) {
        const grids::WorkerPlan& w = m_plan.at(i);
        const bool unassigned = w.staffId == 0 && w.memberId == 0;
        auto* name = new QTableWidgetItem(w.name);
        if (unassigned) {
            // Tasks nobody was given: shown as such, so a manager hands them to someone.
            QFont font = name->font();
            font.setItalic(true);
            name->setFont(font);
            name->setForeground(QColor(0xb0, 0x30, 0x00));
            name->setToolTip(tr("These households have neither a pairing partner nor a grid worker."));
        }
        m_workers->setItem(i, WorkerName, name);
        m_workers->setItem(i, WorkerDue, number(w.due));
        m_workers->setItem(i, WorkerDone, number(w.done));
        m_workers->setItem(i, WorkerLate, number(w.late));
        auto* overdueItem = number(w.overdue);
        if (w.overdue > 0)
            overdueItem->setForeground(Qt::red);
        m_workers->setItem(i, WorkerOverdue, overdueItem);
        m_workers->setItem(i, WorkerOpen, number(w.open()));
        auto* bar = new QProgressBar(m_workers);
        bar->setRange(0, std::max(w.due, 1));
        bar->setValue(w.done);
        bar->setFormat(w.due > 0 ? QStringLiteral("%p%") : tr("none due"));
        m_workers->setCellWidget(i, WorkerShare, bar);
        due += w.due;
        done += w.done;
        overdue += w.overdue;
        if (w.staffId == staffBefore)
            current = i;
    }
    m_workers->resizeColumnsToContents();
    m_workers->horizontalHeader()->setSectionResizeMode(WorkerShare, QHeaderView::Stretch);
    if (plan)
        m_summary->setText(tr("%1 due, %2 done, %3 overdue").arg(due).arg(done).arg(overdue));
    m_workers->setCurrentCell(current, WorkerName);
    blocker.unblock();
    showTasks();
}

void VisitPlanPanel::showTasks()
{
    const int row = m_workers->currentRow();
    m_tasks.clear();
    if (row >= 0 && row < m_plan.size()) {
        const grids::WorkerPlan& w = m_plan.at(row);
        m_tasks = grids::VisitRepository(m_db).tasksFor(month(), w.staffId, w.memberId, m_gridId, m_siteId);
        m_tasksTitle->setText(tr("Tasks of %1 (%n)", nullptr, int(m_tasks.size())).arg(w.name));
    } else {
        // The plan counts a task in the month its window ends; a window missed earlier is not this month's,
        // but the sheet still lists it to be visited, so say where it is.
        m_tasksTitle->setText(tr("No tasks this month. Make the month's plan to list its visits; visits "
                                 "missed in earlier months are in the findings and on the visit sheet."));
    }
    m_taskTable->setRowCount(int(m_tasks.size()));
    for (int i = 0; i < m_tasks.size(); ++i) {
        const grids::VisitTask& t = m_tasks.at(i);
        QString kind;
        if (t.kind == grids::TaskKind::MustAttend) {
            const auto trigger = enumFromKey<grids::AttendTrigger>(t.reason);
            kind = tr("三必到: %1").arg(trigger ? enumLabel(*trigger) : t.reason);
        } else {
            const auto target = enumFromKey<grids::VisitTargetKind>(t.reason);
            kind = tr("四必访: %1").arg(target ? enumLabel(*target) : t.reason);
        }
        QString state;
        QColor colour;
        switch (t.dueAt(m_today)) {
        case grids::VisitDue::NotYetDue:
            state = tr("Not yet due");
            break;
        case grids::VisitDue::Due:
            state = tr("Due");
            break;
        case grids::VisitDue::Overdue:
            state = tr("Overdue");
            colour = Qt::red;
            break;
        case grids::VisitDue::Done:
            state = t.closedOn > t.window.overdueAfter ? tr("Done late") : tr("Done");
            colour = QColor(0x1b, 0x7a, 0x2e);
            break;
        }
        const QStringList texts = {t.householdNumber,
                                   t.personId != 0 ? t.personName : tr("(the household)"),
                                   kind,
                                   t.window.dueFrom.toString(Qt::ISODate),
                                   t.window.overdueAfter.toString(Qt::ISODate),
                                   state,
                                   t.closedOn.toString(Qt::ISODate)};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (colour.isValid() && (c == TaskState || c == TaskOverdueAfter))
                item->setForeground(colour);
            m_taskTable->setItem(i, c, item);
        }
    }
    m_taskTable->resizeColumnsToContents();
    m_taskTable->horizontalHeader()->setSectionResizeMode(TaskKindColumn, QHeaderView::Stretch);
    if (!m_tasks.isEmpty())
        m_taskTable->setCurrentCell(0, 0);
    updateButtons();
}

qint64 VisitPlanPanel::currentTaskId() const
{
    const int row = m_taskTable->currentRow();
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : 0;
}

QString VisitPlanPanel::notice() const
{
    return m_notice->text();
}

bool VisitPlanPanel::selectWorker(qint64 staffId, qint64 memberId)
{
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.at(i).staffId == staffId && m_plan.at(i).memberId == memberId) {
            m_workers->setCurrentCell(i, WorkerName);
            return true;
        }
    return false;
}

void VisitPlanPanel::updateButtons()
{
    if (!m_canWrite)
        return;
    const int row = m_taskTable->currentRow();
    const bool open = row >= 0 && row < m_tasks.size() && m_tasks.at(row).isOpen();
    m_record->setEnabled(open);
    m_record->setToolTip(open ? QString() : tr("Choose an open task in the list."));
}

void VisitPlanPanel::requestVisit()
{
    if (!m_record->isEnabled())
        return;
    if (const qint64 id = currentTaskId(); id != 0)
        emit recordVisitRequested(id);
}

void VisitPlanPanel::registerMustAttend()
{
    if (!m_mustAttend->isEnabled())
        return;
    auto* dialog = new MustAttendDialog(m_db, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MustAttendDialog::taskRegistered, this, [this, dialog] {
        refresh();
        const grids::VisitTask& t = dialog->task();
        m_notice->setText(tr("Must-attend task registered for household %1, to be attended by %2.")
                              .arg(t.householdNumber, t.window.overdueAfter.toString(Qt::ISODate)));
        m_notice->show();
        emit changed();
    });
    dialog->open();
}

void VisitPlanPanel::makeMonthPlan()
{
    if (!m_makePlan->isEnabled())
        return;
    const QString monthText = month().toString(QStringLiteral("yyyy-MM"));
    if (MessageBox::question(this, tr("Make the month's plan"),
                             tr("Make the 四必访 visits due by the end of %1 for every target of the office? "
                                "Visits already planned are not made again.")
                                 .arg(monthText),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // One transaction over the whole office; a wait cursor says it works (it takes seconds at most).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> made = grids::VisitService(m_db).planMonth(month(), m_today);
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(this, tr("Make the month's plan"), made.summary());
        return;
    }
    refresh();
    emit changed();
    // Said on the panel, not in a box to click away: the counts above change with it.
    m_notice->setText(made.value() == 0
                          ? tr("Every visit due by the end of %1 was already planned.").arg(monthText)
                          : tr("%n visit task(s) made for %1.", nullptr, made.value()).arg(monthText));
    m_notice->show();
}

} // namespace anju
