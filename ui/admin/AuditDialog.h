#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace anju {

class Database;
class OptionalDateEdit;

// The audit trail for the administrator and the manager, newest first, filtered by user, dates and the
// kind of record; a page at a time, each entry as a sentence (AuditNarrator) with its fields on demand.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    explicit AuditDialog(const Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QComboBox* userFilter() const { return m_user; }
    QComboBox* typeFilter() const { return m_type; }
    QPlainTextEdit* details() const { return m_details; }

public slots:
    void reload();
    void showMore();

private:
    AuditFilter filter() const;
    void append(const Result<QList<AuditEntry>>& page);
    void showSelected();

    const Database& m_db;
    QComboBox* m_user = nullptr;
    QComboBox* m_type = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_showDetails = nullptr;
    QPlainTextEdit* m_details = nullptr;
    int m_total = 0;
    int m_loaded = 0;
};

} // namespace anju
