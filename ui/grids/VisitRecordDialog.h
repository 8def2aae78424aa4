#pragma once

#include "grids/VisitSheet.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace anju {

class Database;
class OptionalDateEdit;

// Records the visit that answers one open visit task (a row of the visit sheet): the day (today unless
// changed), who went, whom they saw, why, what was found and the follow-up. Ctrl+Enter saves through
// VisitService::recordVisit, which closes the task in the same transaction; its refusals are shown by
// field. Opened by the quick-entry screen from a sheet's code, and by the visit plan for a task id.
class VisitRecordDialog : public QDialog
{
    Q_OBJECT

public:
    VisitRecordDialog(const Database& db, const grids::VisitSheetRow& row, QWidget* parent = nullptr);
    // Opens the dialog for a task (the visit plan's recordVisitRequested(taskId)); a task that is not open
    // or not the user's is refused with a message, and nullptr is returned. The dialog deletes itself
    // when closed.
    static VisitRecordDialog* open(const Database& db, qint64 taskId, QWidget* parent = nullptr);

    const grids::VisitSheetRow& row() const { return m_row; }
    // The visit saved (id 0 until then).
    const grids::Visit& savedVisit() const { return m_saved; }

public slots:
    void accept() override;

signals:
    void visitRecorded(qint64 visitId, qint64 taskId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillVisitors();

    const Database& m_db;
    grids::VisitSheetRow m_row;
    grids::Visit m_saved;
    FieldErrors m_errors;
    OptionalDateEdit* m_date = nullptr;
    QComboBox* m_visitor = nullptr;
    QLineEdit* m_cadre = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPlainTextEdit* m_followUp = nullptr;
};

} // namespace anju
