#pragma once

#include "exchange/PartyRosterImporter.h"
#include "exchange/RejectedRowsWriter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace anju {

class Database;
class ImportErrorsModel;

// Takes a branch's roster of members (党员花名册) in: the file and the columns its header names, a check
// that writes nothing (the errors that reject rows, the warnings of old records), then the import, which
// writes nothing while any row is rejected. The rejected rows can be saved as an .xlsx with a reason
// column, to correct and import again. A branch roster is hundreds of rows: it runs on the GUI thread.
class PartyImportDialog : public QDialog
{
    Q_OBJECT

public:
    PartyImportDialog(const Database& db, const QString& path, QWidget* parent = nullptr);

    QLabel* statusLabel() const { return m_status; }
    ImportErrorsModel* errorsModel() const { return m_errors; }
    ImportErrorsModel* warningsModel() const { return m_warnings; }

public slots:
    void chooseFile();
    bool check();
    bool importRoster();
    void saveRejectedRows();

signals:
    void imported();

private:
    bool run(bool dryRun);
    void updateButtons();

    const Database& m_db;
    QString m_path;
    bool m_checked = false;
    exchange::PartyImportSummary m_summary;
    QList<exchange::RejectedRow> m_rejected;

    QLabel* m_file = nullptr;
    QLabel* m_columns = nullptr;
    ImportErrorsModel* m_errors = nullptr;
    ImportErrorsModel* m_warnings = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_saveRejected = nullptr;
};

} // namespace anju
