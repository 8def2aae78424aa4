#include "party/PartyImportDialog.h"

#include "exchange/PartyRosterLayout.h"
#include "import/ImportErrorsModel.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace anju {

namespace {

QTableView* problemsView(ImportErrorsModel* model, QWidget* parent, const char* name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(ImportErrorsModel::RowColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace

PartyImportDialog::PartyImportDialog(const Database& db, const QString& path, QWidget* parent)
    : QDialog(parent), m_db(db), m_path(path)
{
    setWindowTitle(tr("Import party roster"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("partyImportFile"));
    m_file->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("partyImportColumns"));
    m_columns->setWordWrap(true);
    m_errors = new ImportErrorsModel(this);
    m_warnings = new ImportErrorsModel(this);
    auto* errorsTitle =
        new QLabel(tr("Errors (each rejects its row; while there is one, nothing is written):"), this);
    auto* warningsTitle =
        new QLabel(tr("Warnings (rules an old record breaks: the step is imported as entered from records, "
                      "据档案补录):"),
                   this);
    warningsTitle->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("partyImportStatus"));
    m_status->setWordWrap(true);
    m_saveRejected = new QPushButton(tr("&Save rejected rows…"), this);
    m_saveRejected->setObjectName(QStringLiteral("partyImportSaveRejected"));
    m_saveRejected->setToolTip(
        tr("The rejected rows with their reasons as an Excel file, to correct and import "
           "again"));
    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setObjectName(QStringLiteral("partyImportCheck"));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("partyImportRun"));
    auto* close = new QPushButton(tr("Close"), this);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejected);
    buttons->addStretch(1);
    for (QPushButton* b : {m_check, m_import, close})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_columns);
    layout->addWidget(errorsTitle);
    layout->addWidget(problemsView(m_errors, this, "partyImportErrors"), 2);
    layout->addWidget(warningsTitle);
    layout->addWidget(problemsView(m_warnings, this, "partyImportWarnings"), 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(820, 620);

    connect(choose, &QPushButton::clicked, this, &PartyImportDialog::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &PartyImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &PartyImportDialog::importRoster);
    connect(m_saveRejected, &QPushButton::clicked, this, &PartyImportDialog::saveRejectedRows);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_file->setText(path.isEmpty() ? tr("No file chosen.") : QDir::toNativeSeparators(path));
    updateButtons();
}

void PartyImportDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import party roster"),
                                                     FileDialog::lastFolder(QStringLiteral("import")),
                                                     tr("Rosters (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("import"), path);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_checked = false;
    m_errors->setErrors({});
    m_warnings->setErrors({});
    m_columns->clear();
    m_status->clear();
    updateButtons();
}

bool PartyImportDialog::run(bool dryRun)
{
    m_rejected.clear();
    exchange::PartyImportOptions options;
    options.path = m_path;
    options.dryRun = dryRun;
    options.rejectedRow = [this](int row, const QStringList& cells, const QString& reason) {
        m_rejected.append({row, cells, reason});
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = exchange::PartyRosterImporter(m_db).run(options);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_checked = false;
        m_status->setText(result.summary());
        updateButtons();
        return false;
    }
    m_summary = result.value();
    m_errors->setErrors(m_summary.errors);
    m_warnings->setErrors(m_summary.warnings);
    // What the header names: the columns read, and those the importer leaves aside.
    QStringList read;
    QStringList ignored;
    for (const QString& header : m_summary.headers) {
        if (header.isEmpty())
            continue;
        (exchange::PartyRosterLayout::fieldForHeader(header) ? read : ignored) << header;
    }
    m_columns->setText(
        tr("Header on row %1 of sheet %2. Columns read: %3.")
            .arg(m_summary.headerRow)
            .arg(m_summary.sheetName, read.join(QStringLiteral("、"))) +
        (ignored.isEmpty() ? QString()
                           : QLatin1Char(' ') + tr("Not read: %1.").arg(ignored.join(QStringLiteral("、")))));
    m_checked = m_summary.errors.isEmpty();
    updateButtons();
    return true;
}

bool PartyImportDialog::check()
{
    if (!run(true))
        return false;
    const auto& s = m_summary;
    m_status->setText(s.errors.isEmpty()
                          ? tr("Checked: %n member(s) can be imported", nullptr, s.membersImported) +
                                tr(", %n already on file", nullptr, s.membersUnchanged) +
                                tr(", %n warning(s).", nullptr, int(s.warnings.size()))
                          : tr("%n row(s) rejected: correct them and check again, or save the rejected rows.",
                               nullptr, s.rowsRejected));
    return s.errors.isEmpty();
}

bool PartyImportDialog::importRoster()
{
    if (!m_checked || !run(false))
        return false;
    const auto& s = m_summary;
    if (!s.written && !s.errors.isEmpty()) {
        m_status->setText(tr("%n row(s) rejected: nothing was written.", nullptr, s.rowsRejected));
        return false;
    }
    m_status->setText(tr("%n member(s) imported", nullptr, s.membersImported) +
                      tr(", %n already on file", nullptr, s.membersUnchanged) +
                      tr(", %n warning(s).", nullptr, int(s.warnings.size())));
    m_checked = false;
    updateButtons();
    emit imported();
    return true;
}

void PartyImportDialog::saveRejectedRows()
{
    if (m_rejected.isEmpty())
        return;
    const QFileInfo source(m_path);
    const QString suggested = source.absoluteDir().filePath(tr("%1 (errors)").arg(source.completeBaseName()) +
                                                            QStringLiteral(".xlsx"));
    QString path =
        FileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    const Outcome written = exchange::RejectedRowsWriter::write(path, m_summary.headers, m_rejected);
    if (!written) {
        MessageBox::warning(this, tr("Save rejected rows"), written.summary());
        return;
    }
    m_status->setText(tr("Rejected rows saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void PartyImportDialog::updateButtons()
{
    m_check->setEnabled(!m_path.isEmpty());
    m_import->setEnabled(m_checked);
    m_saveRejected->setEnabled(!m_rejected.isEmpty());
}

} // namespace anju
