#pragma once

#include "party/PartyTypes.h"

#include <QTableWidget>

namespace anju {

// A member's development as a list: every recorded step with its date and, where a rule was set aside,
// the reason kept with it; then, greyed, the next step's due date (talk, one year of cultivation, end of
// probation).
class StageTimeline : public QTableWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Step,
        Date,
        Remarks,
    };

    explicit StageTimeline(QWidget* parent = nullptr);

    void showMember(const party::PartyMember& member);
    // The step of a row as shown (for tests): "Converted to full member 2025-06-01".
    QString rowText(int row) const;

private:
    void addRow(const QString& step, QDate date, const QString& remarks, bool planned);
};

} // namespace anju
