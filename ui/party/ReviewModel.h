#pragma once

#include "party/PartyReview.h"

#include <QAbstractTableModel>

namespace anju {

class Database;

enum class ReviewColumn
{
    Urgency,
    Kind,
    Subject,
    Organisation,
    DueDate,
    Details,
};
inline constexpr int ReviewColumnCount = 6;

// The secretary's "本月待办" for one month (PartyReview::forMonth): what is due or overdue, each row
// naming the record that opens to act on it.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReviewModel(const Database& db, QObject* parent = nullptr);

    void setMonth(QDate month);      // any day of the month
    void setOrganisation(qint64 id); // 0: the whole office
    // Kinds shown; empty: every kind.
    void setKinds(const QList<party::ReviewKind>& kinds);
    QDate month() const { return m_month; }
    qint64 organisationId() const { return m_organisationId; }
    void refresh();

    const party::PartyReviewItem* item(int row) const;
    const QList<party::PartyReviewItem>& items() const { return m_items; }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    QString subject(const party::PartyReviewItem& item) const;

    const Database& m_db;
    QDate m_month;
    qint64 m_organisationId = 0;
    QList<party::ReviewKind> m_kinds;
    QList<party::PartyReviewItem> m_items;
};

} // namespace anju
