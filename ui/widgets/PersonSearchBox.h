#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace anju {

class Database;

// Picks a person by searching, as HouseholdSearchBox picks a household: a name (one or two characters are
// enough), an ID number, a phone or a household number, then Enter; the persons on file found
// (registry::PersonSearch, as the session may see them, the reason shown when it may not search that text)
// are listed with their household and site, and the first is chosen; Up and Down choose another.
//
// For lists typed from the keyboard (a course's attendance, a transport batch): with `pickOnSecondEnter`,
// Enter on a search already made, or on an ID number found exactly, emits picked() and clears the field for
// the next person, so a clerk types an ID number, Enter, the next one, Enter.
class PersonSearchBox : public QWidget
{
    Q_OBJECT

public:
    explicit PersonSearchBox(const Database& db, QWidget* parent = nullptr);

    void setPickOnSecondEnter(bool on) { m_pickOnEnter = on; }
    // 0 while none is chosen.
    qint64 personId() const;
    // The chosen person as the list shows them (name · sex · household, site).
    QString personText() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* persons() const { return m_persons; }

public slots:
    void search();

signals:
    void personChanged(qint64 personId);
    void picked(qint64 personId, const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pick();

    const Database& m_db;
    QLineEdit* m_search = nullptr;
    QListWidget* m_persons = nullptr;
    QString m_searched; // the text of the search the list shows
    bool m_pickOnEnter = false;
    bool m_exactId = false; // the list's only hit is the ID number typed in full
};

} // namespace anju
