#include "import/RejectedRowsSaving.h"

#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileInfo>

namespace anju {

QString RejectedRowsSaving::save(QWidget* parent, const QString& title, const QString& rosterPath,
                                 const QStringList& headers, const QList<exchange::RejectedRow>& rows)
{
    if (rows.isEmpty())
        return {};
    const QFileInfo source(rosterPath);
    const QString suggested = source.absoluteDir().filePath(tr("%1 (errors)").arg(source.completeBaseName()) +
                                                            QStringLiteral(".xlsx"));
    QString path = FileDialog::getSaveFileName(parent, title, suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    const Outcome written = exchange::RejectedRowsWriter::write(path, headers, rows);
    if (!written) {
        MessageBox::warning(parent, title, written.summary());
        return {};
    }
    return path;
}

} // namespace anju
