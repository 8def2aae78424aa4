#pragma once

#include "exchange/IncomeCheckImporter.h"
#include "import/MappedImportDialog.h"

class QCheckBox;
class QDateEdit;

namespace anju {

// Takes a month's income checks 月度收支核查 in from the office's sheet, with the import dialogs' parts
// (MappedImportDialog):
// the file, the month of the whole file when the sheet has no 月份 column, where each field is (a column
// may be placed by hand), a check that writes nothing (the rejected rows with their reasons; how many
// checks are new, replace the month's check on file or are already so), then, confirmed, the import of the
// rows that stand. Both run on a worker thread with a progress bar and Cancel; a cancelled import is rolled
// back. The rejected rows can be saved as an .xlsx with a reason column, to correct and import again.
class IncomeImportDialog : public MappedImportDialog
{
    Q_OBJECT

public:
    IncomeImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr);
    ~IncomeImportDialog() override;

    // Asks for the sheet and shows the dialog: what the 帮扶 page's button calls. True when checks were
    // imported (the page then reloads the month).
    static bool run(const Database& db, QWidget* parent);

    QCheckBox* wholeFileMonthBox() const { return m_wholeMonth; }
    QDateEdit* monthEdit() const { return m_month; }
    const exchange::IncomeImportSummary& summary() const { return m_summary; }

    // The mapping table's rows: every field of the sheet with its label and canonical header.
    static QList<MappingField> mappingFields();

public slots:
    void importChecks();

protected:
    HeaderReader headerReader() const override;
    void headerRead(const SheetHeader& header) override;
    QStringList mappingProblems() override;
    void start(bool dryRun) override;

private:
    using Run = Pass<exchange::IncomeImportSummary>;

    void finished(const Run& run);
    exchange::IncomeCheckMapping mapping() const;
    QDate monthForFile() const;
    QString counts(const exchange::IncomeImportSummary& s) const;

    exchange::IncomeImportSummary m_summary;
    QCheckBox* m_wholeMonth = nullptr;
    QDateEdit* m_month = nullptr;
};

} // namespace anju
