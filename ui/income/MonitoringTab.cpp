#include "income/MonitoringTab.h"

#include "MonitoringNoticeDocument.h"
#include "access/Permissions.h"
#include "database/Database.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringCasePanel.h"
#include "income/MonitoringRepository.h"
#include "income/MonitoringRules.h"
#include "registry/SiteRepository.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

using namespace anju::income;
using Mode = MonitoringDialog::Mode;

namespace {

enum Column
{
    HouseholdColumn,
    HeadColumn,
    CategoryColumn,
    StateColumn,
    SinceColumn,
    StepColumn,
    DeadlineColumn,
    Columns
};

constexpr int CaseIdRole = Qt::UserRole + 1;

} // namespace

MonitoringTab::MonitoringTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("monitoringTab"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("monitoringStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (const auto& info : enumInfos<MonitoringState>())
        m_state->addItem(enumLabel(info.value), int(info.value));
    auto* stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_state);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("monitoringCategoryFilter"));
    m_category->addItem(tr("All categories"), -1);
    for (const auto& info : enumInfos<MonitoringCategory>())
        m_category->addItem(enumLabel(info.value), int(info.value));
    auto* categoryLabel = new QLabel(tr("Cate&gory:"), this);
    categoryLabel->setBuddy(m_category);
    m_site = new QComboBox(this);
    // As narrow as a site name needs, not the longest one: the page must fit a 1280-pixel screen.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    m_site->setObjectName(QStringLiteral("monitoringSiteFilter"));
    m_site->addItem(tr("All sites"), 0);
    for (const Site& s : registry::SiteRepository(db).sites())
        if (!db.session() || db.session()->coversSite(s.id))
            m_site->addItem(s.name, s.id);
    auto* siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_site);
    m_overdueOnly = new QCheckBox(tr("O&verdue steps only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("monitoringOverdueOnly"));
    m_count = new QLabel(this);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setMinimumWidth(60);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("monitoringList"));
    m_table->setHorizontalHeaderLabels({tr("Household"), tr("Head"), tr("Category"), tr("State"), tr("Since"),
                                        tr("Step due"), tr("Deadline")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    fitColumns();
    m_panel = new MonitoringCasePanel(this);

    auto addAction = [this](const QString& text, const char* name, Mode mode) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, [this, mode]() { openDialog(mode); });
        m_actions.append(button);
        return button;
    };
    m_discover = addAction(tr("&Add…"), "monitoringDiscover", Mode::Discover);
    addAction(tr("&Decide step…"), "monitoringDecide", Mode::Decide);
    addAction(tr("&Notice period…"), "monitoringNotice", Mode::Notice);
    addAction(tr("&Objection…"), "monitoringObjection", Mode::Objection);
    addAction(tr("Sett&le objection…"), "monitoringSettle", Mode::Settle);
    addAction(tr("&Measure…"), "monitoringMeasure", Mode::Measure);
    addAction(tr("&End measure…"), "monitoringEndMeasure", Mode::EndMeasure);
    addAction(tr("&Risk elimination…"), "monitoringElimination", Mode::Elimination);
    addAction(tr("De&cline…"), "monitoringDecline", Mode::Decline);
    m_print = new QPushButton(tr("&Print notice list…"), this);
    m_print->setObjectName(QStringLiteral("monitoringPrintNotice"));
    connect(m_print, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Notice list"), tr("The day of the board (YYYY-MM-DD):"),
                                  QLineEdit::Normal, m_today.toString(Qt::ISODate), &ok);
        if (ok)
            printNotice(QDate::fromString(text.trimmed(), Qt::ISODate));
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_print);
    // Three rows of three action buttons leave the list the width of its columns at 1366 pixels (two rows of
    // five took 670 of them, and the list scrolled sideways to show its step and deadline).
    auto* buttons = new QGridLayout;
    for (int i = 0; i < m_actions.size(); ++i)
        buttons->addWidget(m_actions.at(i), i / 3, i % 3);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_panel, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // A role that may read but not change sees why on each button (PermissionGate's way).
    const Outcome mayWrite = Permissions::require(db, Action::WriteIncome);
    m_canWrite = mayWrite.ok();
    for (QPushButton* b : std::as_const(m_actions))
        if (!m_canWrite)
            b->setToolTip(mayWrite.summary());
    connect(m_state, &QComboBox::currentIndexChanged, this, &MonitoringTab::refresh);
    connect(m_category, &QComboBox::currentIndexChanged, this, &MonitoringTab::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &MonitoringTab::refresh);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &MonitoringTab::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MonitoringTab::showCurrent);
    refresh();
}

void MonitoringTab::fitColumns()
{
    // Each column as wide as the longest text it can hold (its header, the labels of its kind), so that the
    // seven fit beside the case's panel at 1366 pixels; a longer head's name is cut short with "…" and
    // shown whole in its tooltip. The clerk may still widen a column; the deadline takes what is left.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 14;
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, QStringList texts) {
        int width =
            headerMetrics.horizontalAdvance(m_table->horizontalHeaderItem(column)->text()) + padding + 12;
        for (const QString& text : std::as_const(texts))
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        m_table->setColumnWidth(column, width);
    };
    QStringList categories;
    for (const auto& info : enumInfos<MonitoringCategory>())
        categories.append(enumLabel(info.value));
    QStringList states;
    for (const auto& info : enumInfos<MonitoringState>())
        states.append(enumLabel(info.value));
    QStringList steps = {tr("Set the notice")};
    for (const auto& info : enumInfos<MonitoringStepKind>())
        steps.append(enumLabel(info.value));
    const QString day = QStringLiteral("2026-12-31");
    fit(HouseholdColumn, {QStringLiteral("430000000-0000")});
    fit(HeadColumn, {QString(4, QChar(0x4E2D))}); // four characters: the longest common names
    fit(CategoryColumn, categories);
    fit(StateColumn, states);
    fit(SinceColumn, {day});
    fit(StepColumn, steps);
    fit(DeadlineColumn, {tr("%1 overdue").arg(day)});
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
}

void MonitoringTab::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void MonitoringTab::refresh()
{
    const qint64 keep = currentCaseId();
    MonitoringFilter filter;
    filter.today = m_today;
    if (const int s = m_state->currentData().toInt(); s >= 0)
        filter.state = static_cast<MonitoringState>(s);
    if (const int c = m_category->currentData().toInt(); c >= 0)
        filter.category = static_cast<MonitoringCategory>(c);
    filter.siteId = m_site->currentData().toLongLong();
    filter.overdueOnly = m_overdueOnly->isChecked();
    const auto found = MonitoringRepository(m_db).cases(filter);
    m_table->setRowCount(0);
    m_cases.clear();
    m_overdue.clear();
    if (!found) {
        m_count->setText(found.summary());
        m_panel->showNothing();
        updateButtons();
        return;
    }
    m_cases = found.value();
    const IncomeSettings settings = IncomeSettings::load(m_db);
    m_table->setRowCount(int(m_cases.size()));
    int overdueCount = 0;
    for (int row = 0; row < m_cases.size(); ++row) {
        const MonitoringCase& c = m_cases.at(row);
        const MonitoringProgress p = MonitoringRules::progress(c, settings);
        const bool overdue = MonitoringRules::isOverdue(c, settings, m_today);
        m_overdue.append(overdue);
        overdueCount += overdue ? 1 : 0;
        const QStringList texts = {c.householdNumber,
                                   c.headName,
                                   enumLabel(c.category),
                                   enumLabel(c.state),
                                   c.stateDate.toString(Qt::ISODate),
                                   p.awaitingNotice() ? tr("Set the notice")
                                                      : (p.current ? enumLabel(*p.current) : QString()),
                                   p.deadline.toString(Qt::ISODate)};
        for (int column = 0; column < Columns; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setData(CaseIdRole, c.id);
            // The whole text where a narrowed column cuts it short.
            item->setToolTip(texts.at(column));
            if (overdue) {
                // Overdue steps stand out: red text, bold deadline, and said in words for screen readers.
                item->setForeground(QColor(0xb0, 0, 0));
                if (column == DeadlineColumn) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setText(tr("%1 overdue").arg(texts.at(column)));
                }
                item->setToolTip(
                    item->text() + QLatin1Char('\n') +
                    tr("The step due now is overdue (deadline %1).").arg(p.deadline.toString(Qt::ISODate)));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_count->setText(tr("%1 households, %2 with an overdue step").arg(m_cases.size()).arg(overdueCount));
    selectCase(keep);
    if (currentCaseId() == 0)
        m_panel->showNothing();
    updateButtons();
}

int MonitoringTab::rowCount() const
{
    return m_table->rowCount();
}

bool MonitoringTab::isOverdueRow(int row) const
{
    return row >= 0 && row < m_overdue.size() && m_overdue.at(row);
}

void MonitoringTab::selectCase(qint64 caseId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(CaseIdRole).toLongLong() == caseId) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
}

qint64 MonitoringTab::currentCaseId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(CaseIdRole).toLongLong();
}

void MonitoringTab::showCurrent()
{
    const qint64 id = currentCaseId();
    if (id == 0) {
        m_panel->showNothing();
    } else {
        const auto c = MonitoringRepository(m_db).monitoringCase(id);
        if (c)
            m_panel->showCase(c.value(), IncomeSettings::load(m_db), m_today);
        else
            m_panel->setPlainText(c.summary());
    }
    updateButtons();
}

void MonitoringTab::updateButtons()
{
    const bool chosen = currentCaseId() > 0;
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(m_canWrite && (b == m_discover || chosen));
}

void MonitoringTab::openDialog(Mode mode)
{
    MonitoringCase c;
    if (mode != Mode::Discover) {
        const auto found = MonitoringRepository(m_db).monitoringCase(currentCaseId());
        if (!found) {
            MessageBox::warning(this, tr("Monitoring households"), found.summary());
            return;
        }
        c = found.value();
    }
    MonitoringDialog dialog(m_db, mode, c, m_today, this);
    connect(&dialog, &MonitoringDialog::caseChanged, this, [this](qint64 id) {
        refresh();
        selectCase(id);
        showCurrent();
        emit caseChanged(id);
    });
    if (prepare)
        prepare(&dialog);
    else
        dialog.exec();
}

void MonitoringTab::printNotice(QDate day)
{
    if (!day.isValid()) {
        MessageBox::warning(this, tr("Notice list"),
                            tr("Enter the day written YYYY-MM-DD, e.g. 2026-11-10."));
        return;
    }
    qint64 siteId = m_site->currentData().toLongLong();
    if (siteId == 0) {
        for (const MonitoringCase& c : std::as_const(m_cases))
            if (c.id == currentCaseId())
                siteId = c.siteId;
    }
    if (siteId == 0) {
        MessageBox::warning(this, tr("Notice list"),
                            tr("Choose a site in the filter, or a household of the site."));
        return;
    }
    const auto board = MonitoringRepository(m_db).noticeBoard(siteId, day);
    if (!board) {
        MessageBox::warning(this, tr("Notice list"), board.summary());
        return;
    }
    // An empty board is said before the file is asked for: the clerk most likely typed another day.
    if (board.value().entries.isEmpty() &&
        MessageBox::question(this, tr("Notice list"),
                             tr("No household is on notice at %1 on %2. Save a list that says so?")
                                 .arg(board.value().siteName, day.toString(Qt::ISODate)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QString suggested = FileDialog::lastFolder(QStringLiteral("export")) + QLatin1Char('/') +
                              tr("notice-%1.pdf").arg(day.toString(Qt::ISODate));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Save the notice list"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("export"), path);
    if (Outcome written = MonitoringNoticeDocument::writePdf(board.value(), path); !written) {
        MessageBox::warning(this, tr("Notice list"), written.summary());
        return;
    }
    MessageBox::information(
        this, tr("Notice list"),
        tr("Wrote %1: %2 households on notice.").arg(path).arg(board.value().entries.size()));
}

} // namespace anju
