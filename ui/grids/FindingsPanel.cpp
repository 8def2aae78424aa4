#include "grids/FindingsPanel.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "exchange/TextTableXlsx.h"
#include "grids/GridRepository.h"
#include "grids/VisitEnums.h"
#include "widgets/ExportedFileBar.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

FindingsPanel::FindingsPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("findingKind"));
    m_kind->addItem(tr("All findings"), -1);
    for (const auto& info : enumInfos<grids::FindingKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    auto* kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    m_counts->setWordWrap(true);
    m_export = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Export .xlsx…"), this);
    m_export->setObjectName(QStringLiteral("exportFindings"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("findings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Finding"), tr("Household"), tr("Person"), tr("Since"), tr("What")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setToolTip(tr("Enter or a double click opens the household."));
    m_exported = new ExportedFileBar(this);

    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addSpacing(12);
    top->addWidget(m_counts, 1);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_exported);

    // The list names people: exporting it is the roster export's permission, decided in core.
    PermissionGate::apply(db, Action::ExportRoster, {m_export});
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FindingsPanel::showList);
    connect(m_table, &QTableWidget::activated, this, &FindingsPanel::openCurrent);
    connect(m_export, &QPushButton::clicked, this, &FindingsPanel::exportXlsx);
}

void FindingsPanel::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void FindingsPanel::setGrid(qint64 gridId, qint64 siteId)
{
    m_gridId = gridId;
    m_siteId = siteId;
    refresh();
}

void FindingsPanel::setKindFilter(std::optional<grids::FindingKind> kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind ? static_cast<int>(*kind) : -1)));
}

void FindingsPanel::refresh()
{
    const Result<QList<grids::Finding>> found = grids::GridFindings(m_db).on(m_today, m_siteId);
    m_all.clear();
    if (!found) {
        m_counts->setText(found.summary());
    } else {
        // A grid's findings are those of the households it holds today (one read of its plan), and its
        // cases (a case may name no household: it was left out of its grid's list).
        QSet<qint64> inGrid;
        if (m_gridId > 0)
            if (const auto plan = grids::GridRepository(m_db).plan(m_gridId, m_today))
                for (const grids::PlanRow& row : plan.value())
                    inGrid.insert(row.householdId);
        for (const grids::Finding& f : found.value()) {
            if (m_siteId > 0 && f.siteId != m_siteId)
                continue;
            const bool ofGrid = f.caseId ? f.gridId == m_gridId : inGrid.contains(f.householdId);
            if (m_gridId > 0 && !ofGrid)
                continue;
            m_all.append(f);
        }
    }
    showList();
}

void FindingsPanel::showList()
{
    const int kind = m_kind->currentData().toInt();
    m_shown.clear();
    QMap<int, int> counts;
    for (const grids::Finding& f : std::as_const(m_all)) {
        ++counts[static_cast<int>(f.kind)];
        if (kind < 0 || static_cast<int>(f.kind) == kind)
            m_shown.append(f);
    }
    QStringList parts;
    for (const auto& info : enumInfos<grids::FindingKind>())
        parts.append(tr("%1 %2").arg(enumLabel(info.value)).arg(counts.value(static_cast<int>(info.value))));
    m_counts->setText(parts.join(tr(" · ")));
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const grids::Finding& f = m_shown.at(i);
        const QStringList texts = {enumLabel(f.kind), f.householdNumber, f.personName,
                                   f.since.toString(Qt::ISODate), f.description};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(texts.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_export->setEnabled(m_export->toolTip().isEmpty() && !m_shown.isEmpty());
}

void FindingsPanel::openCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_shown.size() && m_shown.at(row).householdId != 0)
        emit householdRequested(m_shown.at(row).householdId);
}

bool FindingsPanel::exportXlsx()
{
    if (Outcome denied = Permissions::require(m_db, Action::ExportRoster); !denied) {
        MessageBox::warning(this, tr("Export findings"), denied.summary());
        return false;
    }
    const QString suggested = QDir(FileDialog::lastFolder(QStringLiteral("export")))
                                  .filePath(tr("findings-%1.xlsx").arg(m_today.toString(Qt::ISODate)));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export findings"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    FileDialog::rememberFolder(QStringLiteral("export"), path);
    exchange::TextTable table;
    table.sheetName = tr("Findings");
    table.title = tr("Grid findings on %1").arg(m_today.toString(Qt::ISODate));
    table.headers = {tr("Finding"), tr("Household"), tr("Person"), tr("Since"), tr("What")};
    for (const grids::Finding& f : std::as_const(m_shown))
        table.rows.append({enumLabel(f.kind), f.householdNumber, f.personName, f.since.toString(Qt::ISODate),
                           f.description});
    table.frozenColumns = 2;
    const Outcome written = exchange::TextTableXlsx::write(path, table);
    if (!written) {
        MessageBox::warning(this, tr("Export findings"), written.summary());
        return false;
    }
    m_exported->showFile(
        path,
        tr("%n finding(s) written to %1", nullptr, int(m_shown.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace anju
