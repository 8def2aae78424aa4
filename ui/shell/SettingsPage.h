#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace anju {

class Database;

// Settings of this desk: the language of the window, where the database is, the program version.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(const Database& db, QWidget* parent = nullptr);

signals:
    void statusMessage(const QString& message);

private:
    void chooseLanguage(int index);
    void openDatabaseFolder();
    void chooseServer();

    const Database& m_db;
    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
};

} // namespace anju
