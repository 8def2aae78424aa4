#include "widgets/FileDialog.h"

#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>

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

// Icons and the type column from the name alone: Qt's provider asks the MIME database, which reads the
// content of a file whose suffix it does not know (.anju, .anju-wal, .anju-shm), see FileDialog::make.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }
    using QFileIconProvider::icon; // the icons by type, unchanged
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isRoot())
            return icon(Drive);
        return icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return FileDialog::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? FileDialog::tr("File") : FileDialog::tr("%1 file").arg(suffix.toUpper());
    }
};

QString chosen(QFileDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}
} // namespace

std::unique_ptr<QFileDialog> FileDialog::make(QWidget* parent, const QString& caption, const QString& folder,
                                              const QString& filter, QFileDialog::AcceptMode mode)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, folder, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    // One for the program, never deleted: the dialog does not own it, and the dialog's file model asks it
    // for icons from a thread of its own that may outlive the dialog for a moment.
    static auto* const provider = new NameOnlyIconProvider;
    dialog->setIconProvider(provider);
    // Qt's own size cut the size and date columns short; this fits the office laptop's 1366×768.
    dialog->resize(860, 520);
    if (auto* details = dialog->findChild<QTreeView*>(QStringLiteral("treeView"))) {
        details->setColumnWidth(0, 380);
        details->setColumnWidth(1, 100);
        details->setColumnWidth(2, 100);
        details->setColumnWidth(3, 180);
    }
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    return dialog;
}

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
    return chosen(*make(parent, caption, folder, filter, QFileDialog::AcceptOpen));
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                    const QString& filter)
{
    if (std::optional<QString> answer = takeAnswer())
        return *answer;
    return chosen(*make(parent, caption, suggestedPath, filter, QFileDialog::AcceptSave));
}

} // namespace anju
