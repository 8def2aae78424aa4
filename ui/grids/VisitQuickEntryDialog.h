#pragma once

#include "widgets/FieldError.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;

namespace anju {

class Database;
class VisitRecordDialog;

// 快速录入: the desk enters the pile of filled-in visit sheets by keyboard alone. The code field has the
// focus; a code typed or scanned (a USB scanner types it and presses Enter) opens its row in the
// VisitRecordDialog, Ctrl+Enter saves there, and the focus comes back here for the next sheet. A wrong code
// is refused under the field (core's words) and nothing is recorded. The list below shows what was
// entered in this sitting. Only a role that may record visits may use it (the secretary only prints).
class VisitQuickEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VisitQuickEntryDialog(const Database& db, QWidget* parent = nullptr);

    // The record dialog open for the code just entered, if any (for tests and for the keyboard path).
    VisitRecordDialog* recordDialog() const { return m_record; }
    int recordedCount() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void takeCode();
    void recordFinished(int result);

    const Database& m_db;
    QLineEdit* m_code = nullptr;
    QLabel* m_codeError = nullptr;
    QListWidget* m_done = nullptr;
    QPointer<VisitRecordDialog> m_record;
};

} // namespace anju
