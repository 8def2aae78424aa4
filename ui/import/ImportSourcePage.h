#pragma once

#include "exchange/ImportTypes.h"
#include "import/ImportWorker.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace anju {

class Database;
class ImportMappingTable;
class OptionalDateEdit;

// The first step of an import: the file, its sheet and header row, where each field is, and the site
// for rows that name none. Shows what the detector found; the clerk corrects it.
class ImportSourcePage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSourcePage(const Database& db, QWidget* parent = nullptr);

    void showReading(const QString& path);
    void showInspection(const FileInspection& inspection);

    bool hasHeader() const { return m_headerFound; }
    int sheetIndex() const;
    int headerRow() const;
    exchange::ColumnMapping mapping() const;
    QString defaultSite() const; // a site code, or empty
    QDate movedIn() const;       // the move-in date for households whose rows give none, or null
    // Why the choices cannot be checked yet (no header, a required field not placed …); shown on the page.
    QStringList problems();

    ImportMappingTable* mappingTable() const { return m_mapping; }
    QComboBox* sheetCombo() const { return m_sheet; }
    QSpinBox* headerRowSpin() const { return m_headerRow; }
    QComboBox* siteCombo() const { return m_site; }
    OptionalDateEdit* movedInEdit() const { return m_movedIn; }

signals:
    void chooseFileRequested();
    // The clerk picked another sheet (its header is to be found) or another header row.
    void sheetChosen(int sheetIndex);
    void headerRowChosen(int sheetIndex, int headerRow);
    void changed();

private:
    void loadSites();
    void presetSite(const exchange::ColumnMapping& mapping);
    void offerMovedIn();

    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_fileError = nullptr;
    ImportMappingTable* m_mapping = nullptr;
    QLabel* m_mappingError = nullptr;
    QComboBox* m_site = nullptr;
    QLabel* m_siteError = nullptr;
    OptionalDateEdit* m_movedIn = nullptr;
    QLabel* m_movedInError = nullptr;
    QDate m_offeredMovedIn; // the site's date put in the field, replaced when the site changes
    QTimer m_headerRowDelay;
    bool m_headerFound = false;
    const Database& m_db;
};

} // namespace anju
