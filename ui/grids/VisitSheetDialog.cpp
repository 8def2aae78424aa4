#include "grids/VisitSheetDialog.h"

#include "VisitSheetDocument.h"
#include "grids/VisitSheet.h"
#include "report/ReportingUnit.h"
#include "widgets/FieldError.h"
#include "widgets/FileDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace anju {

VisitSheetDialog::VisitSheetDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Print the visit sheet"));
    m_month = new QDateEdit(QDate::currentDate(), this);
    m_month->setObjectName(QStringLiteral("sheetMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_byWorker = new QRadioButton(tr("A &worker's:"), this);
    m_byBuilding = new QRadioButton(tr("A &building's:"), this);
    m_byWorker->setChecked(true);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("sheetWorker"));
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("sheetBuilding"));
    fillWorkers();
    if (const auto buildings = grids::VisitSheetQuery(db).buildings(QString()))
        for (const grids::VisitSheetBuilding& b : buildings.value())
            m_building->addItem(tr("%1 (%2)").arg(b.name, b.siteName), b.id);
    connect(m_month, &QDateEdit::dateChanged, this, &VisitSheetDialog::fillWorkers);
    const auto enable = [this] {
        m_worker->setEnabled(m_byWorker->isChecked());
        m_building->setEnabled(m_byBuilding->isChecked());
    };
    connect(m_byWorker, &QRadioButton::toggled, this, enable);
    enable();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(m_byWorker, m_worker);
    form->addRow(m_byBuilding, m_building);
    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("sheetError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save as PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitSheetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitSheetDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void VisitSheetDialog::fillWorkers()
{
    const QString current = m_worker->currentData().toString();
    m_worker->clear();
    if (const auto workers = grids::VisitSheetQuery(m_db).workers(QString(), m_month->date()))
        for (const grids::VisitSheetWorker& w : workers.value())
            m_worker->addItem(tr("%1 (%2)").arg(w.name, w.description), w.key());
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(current)));
}

void VisitSheetDialog::accept()
{
    FieldError::clear(nullptr, m_error);
    const grids::VisitSheetQuery query(m_db);
    const QDate month = m_month->date();
    Result<grids::VisitSheet> sheet = Outcome();
    if (m_byWorker->isChecked()) {
        const auto worker = query.worker(m_worker->currentData().toString(), month);
        if (!worker) {
            FieldError::show(m_worker, m_error, worker.summary());
            return;
        }
        sheet = query.forWorker(month, worker.value());
    } else {
        sheet = query.forBuilding(month, m_building->currentData().toLongLong());
    }
    if (!sheet || !sheet.hasValue()) {
        FieldError::show(nullptr, m_error, sheet.summary());
        return;
    }
    const QString suggested =
        FileDialog::lastFolder(QStringLiteral("export")) + QLatin1Char('/') +
        tr("visit sheet %1 %2.pdf").arg(month.toString(QStringLiteral("yyyy-MM")), sheet.value().title);
    const QString path =
        FileDialog::getSaveFileName(this, windowTitle(), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    FileDialog::rememberFolder(QStringLiteral("export"), path);
    sheet.value().office = report::ReportingUnit::saved(m_db);
    // A worker's sheet takes well under the 2 s of docs/benchmarks.md: a busy cursor, no progress dialog.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome written = VisitSheetDocument::writePdf(sheet.value(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        FieldError::show(nullptr, m_error, written.summary());
        return;
    }
    m_written = path;
    QDialog::accept();
}

} // namespace anju
