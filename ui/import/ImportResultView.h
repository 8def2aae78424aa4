#pragma once

#include "import/ImportWorker.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace anju {

class ImportErrorsModel;

// What a check found: how many households and persons would go in, how many are rejected and why,
// each problem with its row and column.
class ImportResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportResultView(QWidget* parent = nullptr);

    void showResult(const ImportRunResult& result);

    QTableView* errorsView() const { return m_errorsView; }
    ImportErrorsModel* errorsModel() const { return m_errors; }

private:
    QLabel* addCount(QFormLayout* form, const QString& label, const QString& name);
    static QString headline(const exchange::ImportSummary& summary);

    QLabel* m_headline = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_households = nullptr;
    QLabel* m_persons = nullptr;
    QLabel* m_unchanged = nullptr;
    QLabel* m_householdsRejected = nullptr;
    QLabel* m_rowsRejected = nullptr;
    QWidget* m_errorsBox = nullptr;
    QLabel* m_errorDetail = nullptr;
    ImportErrorsModel* m_errors = nullptr;
    QTableView* m_errorsView = nullptr;
};

} // namespace anju
