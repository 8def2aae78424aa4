#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace anju {

class Database;

// The reporting unit 填报单位 on the 报表 page, saved to the office's settings when the manager leaves the
// field or presses Enter. Ctrl+Z undoes typing as in any field, Esc goes back to the saved name; a role
// that may not change it sees it read-only.
class ReportingUnitField : public QWidget
{
    Q_OBJECT

public:
    explicit ReportingUnitField(const Database& db, QWidget* parent = nullptr);

    QString savedUnit() const { return m_saved; }
    QLineEdit* edit() const { return m_edit; }

public slots:
    // Saves what the field holds, unless it is what is saved already. True when saved (or unchanged).
    bool save();
    void revert();

signals:
    // The name now saved (empty: each site's summary names its site).
    void unitSaved(const QString& unit);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Database& m_db;
    QLineEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
    QString m_saved;
};

} // namespace anju
