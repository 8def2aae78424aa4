#pragma once

#include <QWidget>

class QTextBrowser;

namespace anju {

// The user manual in its own window (帮助 → 使用说明, F1): the Markdown chapters of docs/manual/ with their
// pictures, shown by QTextBrowser from the disk, links between chapters followed, no network needed.
class ManualWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ManualWindow(QWidget* parent = nullptr);

    // The chapter shown (a file of the manual), or an empty URL when no manual was found.
    QUrl source() const;
    // Shows a chapter by its file name, e.g. "clerk.md"; the contents when empty.
    void showChapter(const QString& fileName = QString());
    QTextBrowser* browser() const { return m_browser; }

private:
    void showMissing();

    QTextBrowser* m_browser = nullptr;
    QString m_directory;
};

} // namespace anju
