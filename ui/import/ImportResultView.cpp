#include "import/ImportResultView.h"

#include "import/ImportErrorsModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace anju {

ImportResultView::ImportResultView(QWidget* parent) : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setBold(true);
    m_headline->setFont(big);

    auto* counts = new QFormLayout;
    counts->setLabelAlignment(Qt::AlignLeft);
    m_source = addCount(counts, tr("Read from:"), QStringLiteral("importSource"));
    m_households = addCount(counts, tr("Households to import:"), QStringLiteral("householdsToImport"));
    m_persons = addCount(counts, tr("Persons to import:"), QStringLiteral("personsToImport"));
    m_unchanged = addCount(counts, tr("Households already in the database, unchanged:"),
                           QStringLiteral("householdsUnchanged"));
    m_householdsRejected = addCount(counts, tr("Households rejected:"), QStringLiteral("householdsRejected"));
    m_rowsRejected = addCount(counts, tr("Rows rejected:"), QStringLiteral("rowsRejected"));

    m_errors = new ImportErrorsModel(this);
    m_errorsView = new QTableView(this);
    m_errorsView->setObjectName(QStringLiteral("importErrors"));
    m_errorsView->setModel(m_errors);
    m_errorsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorsView->setAlternatingRowColors(true);
    m_errorsView->setWordWrap(false);
    m_errorsView->setSortingEnabled(true);
    m_errorsView->sortByColumn(ImportErrorsModel::RowColumn, Qt::AscendingOrder);
    m_errorsView->verticalHeader()->hide();
    m_errorsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_errorsView->verticalHeader()->setDefaultSectionSize(m_errorsView->fontMetrics().height() + 8);
    auto* header = m_errorsView->horizontalHeader();
    header->setHighlightSections(false);
    header->resizeSection(ImportErrorsModel::RowColumn,
                          m_errorsView->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
    header->resizeSection(ImportErrorsModel::ColumnColumn,
                          m_errorsView->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMM")));
    header->setStretchLastSection(true);

    auto* errorsBox = new QGroupBox(tr("Problems found"), this);
    auto* errorsLayout = new QVBoxLayout(errorsBox);
    auto* hint = new QLabel(tr("A household with a problem on any of its rows is not imported. Rows are "
                               "numbered as the spreadsheet shows them."),
                            errorsBox);
    hint->setWordWrap(true);
    errorsLayout->addWidget(hint);
    errorsLayout->addWidget(m_errorsView, 1);
    // Messages are often longer than the column: the current one is shown whole below the table.
    m_errorDetail = new QLabel(errorsBox);
    m_errorDetail->setObjectName(QStringLiteral("importErrorDetail"));
    m_errorDetail->setWordWrap(true);
    m_errorDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorDetail->setMinimumHeight(2 * m_errorDetail->fontMetrics().lineSpacing());
    m_errorDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    errorsLayout->addWidget(m_errorDetail);
    m_errorsBox = errorsBox;
    connect(m_errorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) {
                    m_errorDetail->clear();
                    return;
                }
                const exchange::ImportError& e = m_errors->error(current.row());
                m_errorDetail->setText(e.row > 0 ? tr("Row %1, %2: %3").arg(e.row).arg(e.column, e.message)
                                                 : e.message);
            });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addLayout(counts);
    layout->addWidget(errorsBox, 1);
    layout->addStretch(0);
}

QLabel* ImportResultView::addCount(QFormLayout* form, const QString& label, const QString& name)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

QString ImportResultView::headline(const exchange::ImportSummary& s)
{
    if (s.alreadyImported)
        return tr("This file was already imported on %1. Importing it again would change nothing.")
            .arg(QLocale().toString(s.alreadyImportedOn, QLocale::ShortFormat));
    if (s.householdsRejected == 0) {
        if (s.householdsImported > 0)
            return tr("No problems found: the roster is ready to import.");
        if (s.householdsUnchanged > 0)
            return tr("Every household of the file is already in the database as it is: there is nothing to "
                      "import.");
        return tr("The sheet holds no households below its header.");
    }
    if (s.householdsImported == 0)
        return tr(
            "Every household of the file has problems, so nothing can be imported. Save the error list, "
            "correct the rows in it and import that file.");
    return tr("%n household(s) have problems. Correct them in the file and check again, or import only the "
              "valid households.",
              nullptr, s.householdsRejected);
}

void ImportResultView::showResult(const ImportRunResult& result)
{
    const exchange::ImportSummary& s = result.summary;
    const QLocale locale;
    m_headline->setText(headline(s));
    m_source->setText(s.alreadyImported
                          ? QString()
                          : tr("sheet \"%1\", header in row %2").arg(s.sheetName).arg(s.headerRow));
    m_households->setText(locale.toString(s.householdsImported));
    m_persons->setText(locale.toString(s.personsImported));
    m_unchanged->setText(locale.toString(s.householdsUnchanged));
    m_householdsRejected->setText(locale.toString(s.householdsRejected));
    m_rowsRejected->setText(locale.toString(s.rowsRejected));
    m_errors->setErrors(s.errors);
    const auto* header = m_errorsView->horizontalHeader();
    m_errors->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_errorsBox->setVisible(!s.errors.isEmpty());
    m_errorDetail->clear();
    if (!s.errors.isEmpty())
        m_errorsView->setCurrentIndex(m_errors->index(0, ImportErrorsModel::MessageColumn));
}

} // namespace anju
