#pragma once

#include <QString>

class QWidget;

namespace anju {

// File dialogs that tests can pre-answer (as MessageBox does): when an answer is set, the next dialog
// returns it without showing anything. An empty answer is a cancelled dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                   const QString& filter);

    // The folder last used for `purpose` ("import", "export"), kept across starts (QSettings), or the
    // user's documents folder; rememberFolder keeps the folder of a file just chosen.
    static QString lastFolder(const QString& purpose);
    static void rememberFolder(const QString& purpose, const QString& filePath);

    // For tests: the path the next dialog returns. clearNextAnswer() shows dialogs again.
    static void setNextAnswer(const QString& path);
    static void clearNextAnswer();
};

} // namespace anju
