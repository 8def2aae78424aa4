#pragma once

#include "grids/CaseTypes.h"
#include "widgets/FieldError.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace anju {

class Database;

// Receives a case 网格事件: kind, what it is about, households and persons, the reporter and their phone,
// the day received, the handler and a description. The deadline shown is the kind's setting from core
// (VisitRules::caseDeadline); CaseService::receive keeps it on the case and decides what is refused.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    // The case belongs to the grid (or the site) the page shows; with neither, to the first household's site.
    CaseDialog(const Database& db, qint64 gridId, qint64 siteId, QDate today, QWidget* parent = nullptr);

    // The grid staff a case may be handed to: the grid's on `day`, or every grid's of the site.
    static void fillHandlers(const Database& db, QComboBox* box, qint64 gridId, qint64 siteId, QDate day);

    void setKind(grids::CaseKind kind);
    void setTitle(const QString& title);
    // Household numbers, separated by spaces, commas or 、.
    void setHouseholdNumbers(const QString& numbers);
    void setReceivedOn(QDate day);
    const grids::GridCase& savedCase() const { return m_case; }
    QString deadlineText() const;

public slots:
    void accept() override;

signals:
    void caseReceived(qint64 caseId);

private:
    void findHouseholds();
    void updateDeadline();

    const Database& m_db;
    qint64 m_gridId = 0;
    qint64 m_siteId = 0;
    QDate m_today;
    QList<qint64> m_householdIds;
    qint64 m_householdsSite = 0;
    QStringList m_unknownNumbers;
    grids::GridCase m_case;
    FieldErrors m_errors;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_households = nullptr;
    QListWidget* m_persons = nullptr;
    QLineEdit* m_reporter = nullptr;
    QLineEdit* m_phone = nullptr;
    QDateEdit* m_received = nullptr;
    QLabel* m_deadline = nullptr;
    QComboBox* m_handler = nullptr;
    QPlainTextEdit* m_description = nullptr;
};

} // namespace anju
