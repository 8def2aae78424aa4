#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace anju {

// The page an import dialog shows while its worker runs: what is being done, a progress bar (busy until
// the first figures arrive) and a hint of what Cancel does. Shared by the household and party rosters.
class ImportProgressPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPage(QWidget* parent = nullptr);

    void start(const QString& what, const QString& hint);
    void setWhat(const QString& what);
    void progressed(qint64 done, qint64 total);
    QProgressBar* progressBar() const { return m_progress; }

    static constexpr int Steps = 1000;

private:
    QLabel* m_working = nullptr;
    QLabel* m_hint = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace anju
