#include "widgets/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace anju {

namespace {
std::optional<QString> g_nextAnswer;

std::optional<QString> takeAnswer()
{
    std::optional<QString> answer = std::move(g_nextAnswer);
    g_nextAnswer.reset();
    return answer;
}
} // namespace

void FileDialog::setNextAnswer(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialog::clearNextAnswer()
{
    g_nextAnswer.reset();
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& folder,
                                    const QString& filter)
{
    if (std::optional<QString> answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    if (std::optional<QString> answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace anju
