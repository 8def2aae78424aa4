#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace anju {

class Database;

// Prints the month's visit sheet 走访表 of a worker or a building to a PDF (A4, VisitSheetDocument): the
// month, whose sheet, and a file chosen in the save dialog. The secretary may print it too.
class VisitSheetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitSheetDialog(const Database& db, QWidget* parent = nullptr);

    // The PDF written last (empty until one is).
    QString writtenPath() const { return m_written; }

public slots:
    void accept() override;

private:
    void fillWorkers();

    const Database& m_db;
    QDateEdit* m_month = nullptr;
    QRadioButton* m_byWorker = nullptr;
    QRadioButton* m_byBuilding = nullptr;
    QComboBox* m_worker = nullptr;
    QComboBox* m_building = nullptr;
    QLabel* m_error = nullptr;
    QString m_written;
};

} // namespace anju
