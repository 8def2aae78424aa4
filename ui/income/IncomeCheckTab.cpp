#include "income/IncomeCheckTab.h"

#include "income/IncomeImportDialog.h"
#include "widgets/PermissionGate.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "grids/GridRepository.h"
#include "income/IncomeSheetDelegate.h"
#include "income/IncomeSheetModel.h"
#include "income/IncomeSheetView.h"
#include "registry/SiteRepository.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace anju {

namespace {

constexpr int SiteRole = Qt::UserRole;
constexpr int GridRole = Qt::UserRole + 1;

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

IncomeCheckTab::IncomeCheckTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("incomeCheckTab"));
    m_month = firstOfMonth(QDate::currentDate());

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("incomeScope"));
    m_scope->setMinimumContentsLength(16);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* scopeLabel = new QLabel(tr("Site or &grid:"), this);
    scopeLabel->setBuddy(m_scope);

    m_monthEdit = new QDateEdit(m_month, this);
    m_monthEdit->setObjectName(QStringLiteral("incomeMonth"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setCalendarPopup(true);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthEdit);
    auto* previous = new QToolButton(this);
    previous->setText(tr("◀"));
    previous->setToolTip(tr("Previous month (Ctrl+Page Up)"));
    auto* next = new QToolButton(this);
    next->setText(tr("▶"));
    next->setToolTip(tr("Next month (Ctrl+Page Down)"));

    m_onlyMissing = new QCheckBox(tr("Only m&issing"), this);
    m_onlyMissing->setObjectName(QStringLiteral("incomeOnlyMissing"));
    m_onlyMissing->setToolTip(tr("List only the households with no check of this month"));
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("incomeMissing"));
    // The count may be cut on a narrow screen rather than widen the whole window past it.
    m_missing->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_missing->setMinimumWidth(60);

    auto* top = new QHBoxLayout;
    top->addWidget(scopeLabel);
    top->addWidget(m_scope, 1);
    top->addSpacing(12);
    top->addWidget(monthLabel);
    top->addWidget(previous);
    top->addWidget(m_monthEdit);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_onlyMissing);
    top->addWidget(m_missing, 1);
    // The office's own sheet of a month's checks, read through the roster importer's dialog.
    auto* import = new QPushButton(tr("Import from a sheet…"), this);
    import->setObjectName(QStringLiteral("incomeImport"));
    top->addWidget(import);
    connect(import, &QPushButton::clicked, this, [this] {
        if (IncomeImportDialog::run(m_db, this, m_month))
            reload();
    });
    PermissionGate::apply(db, Action::WriteIncome, {import});

    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("incomeReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("incomeNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_model = new IncomeSheetModel(db, this);
    m_missingFilter = new QSortFilterProxyModel(this);
    m_missingFilter->setSourceModel(m_model);
    // Rows stay while they are typed in: a household checked just now does not vanish from "only missing"
    // under the cursor; the list is filtered again when the box or the sheet changes.
    m_missingFilter->setDynamicSortFilter(false);
    m_missingFilter->setFilterRole(IncomeSheetModel::MissingRole);
    m_missingFilter->setFilterKeyColumn(IncomeSheetModel::Household);

    m_view = new IncomeSheetView(this);
    m_view->setObjectName(QStringLiteral("incomeSheet"));
    m_view->setModel(m_missingFilter);
    m_view->setItemDelegate(new IncomeSheetDelegate(m_view));
    m_view->setEditableColumns(IncomeSheetModel::FirstEditable, IncomeSheetModel::LastEditable);
    m_view->verticalHeader()->setDefaultSectionSize(IncomeSheetDelegate::rowHeight(m_view->fontMetrics()));
    m_view->setAccessibleName(tr("Income checks of the month"));
    QHeaderView* header = m_view->horizontalHeader();
    const int digit = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0"));
    header->setMinimumSectionSize(digit * 4);
    header->resizeSection(IncomeSheetModel::Household, digit * 23);
    header->resizeSection(IncomeSheetModel::Headcount, digit * 5);
    for (int column = IncomeSheetModel::Wages; column <= IncomeSheetModel::Other; ++column)
        header->resizeSection(column, digit * 10);
    header->resizeSection(IncomeSheetModel::PerCapita, digit * 11);
    header->resizeSection(IncomeSheetModel::Flags, digit * 12);
    header->setStretchLastSection(true);

    m_rowProblem = new QLabel(this);
    m_rowProblem->setObjectName(QStringLiteral("incomeRowProblem"));
    m_rowProblem->setWordWrap(true);
    auto* keys = new QLabel(tr("Enter: next cell · Ctrl+D: copy last month · Ctrl+Z: undo · Ctrl+Shift+Z: "
                               "redo · each row is saved when you leave it"),
                            this);
    keys->setObjectName(QStringLiteral("incomeKeys"));
    keys->setForegroundRole(QPalette::PlaceholderText);
    keys->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_rowProblem);
    layout->addWidget(keys);

    // Writing is core's decision: a role that may not sees the figures with the reason, and no editor opens.
    const Outcome mayWrite = Permissions::require(db, Action::WriteIncome);
    m_canWrite = mayWrite.ok();
    m_model->setReadOnly(!m_canWrite);
    if (!m_canWrite) {
        m_readOnly->setText(mayWrite.summary());
        m_readOnly->show();
        keys->hide();
    }

    QUndoStack* undo = m_model->undoStack();
    QAction* undoAction = undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redoAction = undo->createRedoAction(this, tr("Redo"));
    redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto* copy = new QAction(tr("Copy last month"), this);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    auto* saveRow = new QAction(tr("Save row"), this);
    saveRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    for (QAction* action : {undoAction, redoAction, copy, saveRow}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(action->isEnabled() && m_canWrite);
        addAction(action);
    }
    connect(copy, &QAction::triggered, this, &IncomeCheckTab::copyLastMonth);
    connect(saveRow, &QAction::triggered, this, [this] { m_model->saveRow(currentRow()); });

    auto step = [this](int months) { setMonth(m_monthEdit->date().addMonths(months)); };
    connect(previous, &QToolButton::clicked, this, [step] { step(-1); });
    connect(next, &QToolButton::clicked, this, [step] { step(1); });
    for (auto [key, months] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [step, months] { step(months); });
    }
    connect(m_scope, &QComboBox::currentIndexChanged, this, &IncomeCheckTab::scopeChosen);
    connect(m_monthEdit, &QDateEdit::dateChanged, this, &IncomeCheckTab::monthChosen);
    connect(m_onlyMissing, &QCheckBox::toggled, this, &IncomeCheckTab::setOnlyMissing);
    connect(m_model, &IncomeSheetModel::missingCountChanged, this, &IncomeCheckTab::updateMissing);
    connect(m_model, &IncomeSheetModel::dataChanged, this, &IncomeCheckTab::showRowProblem);
    connect(m_model, &IncomeSheetModel::rowSaved, this, [this](int, bool ok, const QString&) {
        if (!ok)
            showRowProblem();
    });
    // Saved row by row: when the cursor leaves a row, the row typed in is written (one transaction).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                if (previous.isValid() && (!current.isValid() || current.row() != previous.row()))
                    m_model->saveRow(m_missingFilter->mapToSource(previous).row());
                showRowProblem();
            });
    connect(m_view, &IncomeSheetView::lastRowFinished, this, [this](int) { m_model->saveRow(currentRow()); });
    // An undo or redo in a row the cursor is not on is saved at once; the cursor's row when it is left.
    connect(m_model, &IncomeSheetModel::rowEdited, this, [this](int row) {
        if (row != currentRow())
            m_model->saveRow(row);
    });
    fillScopes();
}

QString IncomeCheckTab::title()
{
    return tr("Income check");
}

int IncomeCheckTab::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_missingFilter->mapToSource(current).row() : -1;
}

void IncomeCheckTab::fillScopes()
{
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    const QDate monthEnd = m_month.addMonths(1).addDays(-1);
    const auto grids = grids::GridRepository(m_db).grids(0, monthEnd);
    for (const Site& site : registry::SiteRepository(m_db).sites()) {
        m_scope->addItem(tr("%1 (whole site)").arg(site.name));
        m_scope->setItemData(m_scope->count() - 1, site.id, SiteRole);
        m_scope->setItemData(m_scope->count() - 1, 0, GridRole);
        if (!grids)
            continue;
        for (const grids::GridSummary& grid : grids.value()) {
            if (grid.grid.siteId != site.id)
                continue;
            m_scope->addItem(QStringLiteral("　") + tr("%1 › %2").arg(site.name, grid.grid.name));
            m_scope->setItemData(m_scope->count() - 1, site.id, SiteRole);
            m_scope->setItemData(m_scope->count() - 1, grid.grid.id, GridRole);
        }
    }
    if (m_siteId == 0 && m_scope->count() > 0) {
        m_siteId = m_scope->itemData(0, SiteRole).toLongLong();
        m_gridId = 0;
    }
    selectScope(m_siteId, m_gridId);
}

void IncomeCheckTab::selectScope(qint64 siteId, qint64 gridId)
{
    const QSignalBlocker blocker(m_scope);
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i, SiteRole).toLongLong() == siteId &&
            m_scope->itemData(i, GridRole).toLongLong() == gridId) {
            m_scope->setCurrentIndex(i);
            return;
        }
    }
}

bool IncomeCheckTab::showSheet(qint64 siteId, qint64 gridId, QDate month)
{
    if (!mayLeaveSheet())
        return false;
    m_siteId = siteId;
    m_gridId = gridId;
    m_month = firstOfMonth(month);
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(m_month);
    }
    selectScope(siteId, gridId);
    reload();
    return true;
}

void IncomeCheckTab::setMonth(QDate month)
{
    m_monthEdit->setDate(firstOfMonth(month));
}

void IncomeCheckTab::setCheckDay(QDate day)
{
    m_model->setCheckDay(day);
}

void IncomeCheckTab::setOnlyMissing(bool only)
{
    {
        const QSignalBlocker blocker(m_onlyMissing);
        m_onlyMissing->setChecked(only);
    }
    m_missingFilter->setFilterFixedString(only ? QStringLiteral("1") : QString());
    m_missingFilter->invalidate();
    updateMissing();
}

void IncomeCheckTab::scopeChosen()
{
    const int index = m_scope->currentIndex();
    if (index < 0)
        return;
    if (!showSheet(m_scope->itemData(index, SiteRole).toLongLong(),
                   m_scope->itemData(index, GridRole).toLongLong(), m_month))
        selectScope(m_siteId, m_gridId);
}

void IncomeCheckTab::monthChosen()
{
    const QDate chosen = firstOfMonth(m_monthEdit->date());
    if (chosen == m_month)
        return;
    if (!showSheet(m_siteId, m_gridId, chosen)) {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(m_month);
    }
}

bool IncomeCheckTab::mayLeaveSheet()
{
    if (saveAll())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Rows not saved"),
        tr("Some rows could not be saved; the reasons are on the rows. Leave them unsaved and go on?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool IncomeCheckTab::saveAll()
{
    m_view->commitOpenEditor(); // a cell still being typed in counts
    return m_model->saveAll();
}

void IncomeCheckTab::reload()
{
    m_loaded = true;
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                        : int(IncomeSheetModel::FirstEditable);
    const Outcome loaded = m_model->load(m_month, m_siteId, m_gridId);
    m_missingFilter->invalidate();
    m_notice->setVisible(!loaded.ok());
    m_notice->setText(loaded.summary());
    if (m_missingFilter->rowCount() > 0)
        m_view->setCurrentIndex(m_missingFilter->index(0, column));
    updateMissing();
}

void IncomeCheckTab::copyLastMonth()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (!m_model->copyLastMonth(row))
        m_rowProblem->setText(tr("This household has no check of last month to copy."));
}

void IncomeCheckTab::updateMissing()
{
    m_missing->setText(missingText());
}

QString IncomeCheckTab::missingText() const
{
    const int missing = m_model->missingCount();
    if (m_model->rowCount() == 0)
        return tr("No households");
    if (missing == 0)
        return tr("All %n household(s) checked", nullptr, m_model->rowCount());
    return tr("Missing: %1 of %n household(s)", nullptr, m_model->rowCount()).arg(missing);
}

QString IncomeCheckTab::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void IncomeCheckTab::showRowProblem()
{
    const int row = currentRow();
    m_rowProblem->setText(row >= 0 ? m_model->problem(row) : QString());
}

void IncomeCheckTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
    m_view->setFocus();
}

void IncomeCheckTab::hideEvent(QHideEvent* event)
{
    // Leaving the tab (another page, another tab) saves what was typed.
    if (m_loaded)
        saveAll();
    QWidget::hideEvent(event);
}

} // namespace anju
