#pragma once

#include "income/IncomeSettings.h"
#include "income/MonitoringTypes.h"

#include <QDate>
#include <QTextBrowser>

namespace anju {

// The side panel of the monitoring tab: one household's case as a timeline of its steps with their dates
// and decisions, the notice period with its lock line ("notice open until …, approval locked"), the
// objections, measures and risks. Only shows: the lock and overdue are MonitoringRules' answers.
class MonitoringCasePanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MonitoringCasePanel(QWidget* parent = nullptr);

    void showCase(const income::MonitoringCase& c, const income::IncomeSettings& settings, QDate today);
    void showNothing();
    // The lock line as shown (empty when nothing is locked), for tests.
    QString noticeLine() const { return m_noticeLine; }

private:
    QString m_noticeLine;
};

} // namespace anju
