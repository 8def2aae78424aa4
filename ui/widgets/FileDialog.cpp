#include "widgets/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

QString FileDialog::lastFolder(const QString& purpose)
{
    const QString folder = QSettings().value(QStringLiteral("folders/") + purpose).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

void FileDialog::rememberFolder(const QString& purpose, const QString& filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(QStringLiteral("folders/") + purpose, QFileInfo(filePath).absolutePath());
}

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
