#pragma once

#include "party/PartyMemberRepository.h"

#include <QAbstractTableModel>

namespace anju {

class Database;

enum class PartyMemberColumn
{
    Name,
    Sex,
    Age,
    Stage,
    StageDate,
    NextDue,
    Organisation,
    Site,
    State,
    Phone,
};
inline constexpr int PartyMemberColumnCount = 10;

// The member list of the 党建 page: one branch (with the organisations below it) filtered by stage, state,
// sex and age in SQL (PartyMemberRepository::members), sorted here. A branch holds at most a few hundred
// members, so the rows of one filter are read at once.
class PartyMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit PartyMemberModel(const Database& db, QObject* parent = nullptr);

    // Typed filter setters; each reads the rows again when the filter really changed.
    void setOrganisation(qint64 organisationId, bool includeSubOrganisations = true);
    void setStage(std::optional<party::DevelopmentStage> stage);
    void setState(std::optional<party::MemberState> state); // unset: normal and mobile members
    void setSex(std::optional<Sex> sex);
    void setAgeRange(int minAge, int maxAge); // -1: no bound
    void setText(const QString& text);
    void setAsOf(QDate day); // ages and due dates on this day (null: today)
    void setFilter(const party::PartyMemberFilter& filter);
    const party::PartyMemberFilter& filter() const { return m_filter; }
    // Why the filter's text may not be searched (a masked role typing ID digits), or success.
    Outcome refusal() const;
    // Reads the rows again, e.g. after a member was saved.
    void refresh();

    qint64 memberId(int row) const;
    int rowOfMember(qint64 memberId) const; // -1 when not listed
    const party::PartyMemberRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count);

private:
    void apply(const party::PartyMemberFilter& filter);
    void sortRows();
    QString displayText(const party::PartyMemberRow& row, PartyMemberColumn column) const;
    QVariant sortKey(const party::PartyMemberRow& row, PartyMemberColumn column) const;
    QDate today() const;

    const Database& m_db;
    party::PartyMemberFilter m_filter;
    QList<party::PartyMemberRow> m_rows;
    PartyMemberColumn m_sortColumn = PartyMemberColumn::Stage;
    bool m_ascending = true;
};

} // namespace anju
