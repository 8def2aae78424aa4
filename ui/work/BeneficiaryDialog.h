#pragma once

#include "work/IndustryTypes.h"

#include <QDate>
#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace anju {

class Database;
class HouseholdSearchBox;

// 登记受益户: a project's beneficiary households of one year, picked one after another — a name, ID number
// or household number, Enter to search, Enter again to put the household on the list — each with its
// shares (asset shares only), amount in yuan and what it received, Enter moving along the line and back to
// the search. Delete takes a line off. One call
// (IndustryService::recordBeneficiaries): all or none, each refusal marked on its household's line.
class BeneficiaryDialog : public QDialog
{
    Q_OBJECT

public:
    BeneficiaryDialog(const Database& db, const work::IndustryProject& project, int year,
                      QWidget* parent = nullptr);

    void setRecordedOn(QDate day) { m_recordedOn = day; }

    HouseholdSearchBox* searchBox() const { return m_search; }
    QTableWidget* table() const { return m_table; }
    QSpinBox* yearEdit() const { return m_year; }
    QSpinBox* sharesEdit(int row) const;
    QDoubleSpinBox* amountEdit(int row) const;
    QLineEdit* benefitEdit(int row) const;
    QLabel* errorLabel() const { return m_error; }

public slots:
    void accept() override;
    // Puts the household chosen in the search on the list.
    void addChosen();
    void removeCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QList<work::BeneficiaryEntry> entries() const;
    void showError(const QString& message);
    void focusField(QWidget* field);

    const Database& m_db;
    work::IndustryProject m_project;
    QDate m_recordedOn = QDate::currentDate();
    HouseholdSearchBox* m_search = nullptr;
    QString m_searched; // the text whose households the search lists
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace anju
