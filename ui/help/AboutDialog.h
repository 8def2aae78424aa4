#pragma once

#include <QDialog>

namespace anju {

class Database;

// 关于: the version, the licence, the libraries Anju runs with and their versions, and the database this
// window works on, in text that can be selected and copied into a problem report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Database& db, QWidget* parent = nullptr);

    // The text shown, for the tests.
    QString text() const;

private:
    QString m_text;
};

} // namespace anju
