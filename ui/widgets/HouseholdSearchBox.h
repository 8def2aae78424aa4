#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace anju {

class Database;

// Picks a household by searching: a name (one or two characters are enough), an ID number, a phone or a
// household number, then Enter; the households of the persons found (registry::PersonSearch, as the
// session may see them, the reason shown when it may not search that text) are listed once each and the
// first is chosen; Up and Down in the search field choose another. For dialogs that act on one household
// instead of asking for a typed number or id.
class HouseholdSearchBox : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdSearchBox(const Database& db, QWidget* parent = nullptr);

    // 0 while none is chosen.
    qint64 householdId() const;
    QString householdNumber() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* households() const { return m_households; }

public slots:
    void search();

signals:
    void householdChanged(qint64 householdId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Database& m_db;
    QLineEdit* m_search = nullptr;
    QListWidget* m_households = nullptr;
};

} // namespace anju
