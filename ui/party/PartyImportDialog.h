#pragma once

#include "exchange/PartyRosterImporter.h"
#include "import/MappedImportDialog.h"

namespace anju {

// Takes a branch's roster of members (党员花名册) in, as the household roster's dialog does and with its
// parts (MappedImportDialog): the file and where each field is (the secretary may place a column by hand; the
// importer takes the table as it is), a check that writes nothing (the errors that reject rows, the warnings
// of old records), then the import, which writes nothing while any row is rejected. Both run on a worker
// thread with a progress bar and Cancel; a cancelled import is rolled back, leaving the database as it was.
// The rejected rows can be saved as an .xlsx with a reason column, to correct and import again.
class PartyImportDialog : public MappedImportDialog
{
    Q_OBJECT

public:
    PartyImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr);
    ~PartyImportDialog() override;

    ImportErrorsModel* warningsModel() const { return m_warnings; }

    // The mapping table's rows: every field of the party roster with its label and canonical header.
    static QList<MappingField> mappingFields();

public slots:
    void importRoster();

protected:
    HeaderReader headerReader() const override;
    void start(bool dryRun) override;
    void clearFindings() override;

private:
    using Run = Pass<exchange::PartyImportSummary>;

    void finished(const Run& run);

    ImportErrorsModel* m_warnings = nullptr;
};

} // namespace anju
