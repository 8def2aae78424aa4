#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace anju {

// The line a page shows after it wrote a file: the file's name and folder, with buttons that open the
// file or its folder in the desktop's programs (QDesktopServices), and one that hides the line. Not a
// modal box: the manager may go on working and open the file later.
class ExportedFileBar : public QFrame
{
    Q_OBJECT

public:
    explicit ExportedFileBar(QWidget* parent = nullptr);

    // Shows `message` (naming the file) for the file at `path`.
    void showFile(const QString& path, const QString& message);
    QString path() const { return m_path; }
    QString text() const;

public slots:
    void openFile();
    void openFolder();

signals:
    // The desktop refused to open it (no program for the type): for the status bar.
    void statusMessage(const QString& message);

private:
    void open(const QString& path);

    QString m_path;
    QLabel* m_text = nullptr;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_openFolder = nullptr;
};

} // namespace anju
