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

    // For tests: the path the next dialog returns. clearNextAnswer() shows dialogs again.
    static void setNextAnswer(const QString& path);
    static void clearNextAnswer();
};

} // namespace anju
