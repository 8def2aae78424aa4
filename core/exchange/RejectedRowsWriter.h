#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace anju::exchange {

// One row the importer rejected: its number in the original file, its cells as read, and why (one line
// per problem).
struct RejectedRow
{
    int row = 0;
    QStringList cells;
    QString reason;
};

// Writes the error list a clerk fixes and imports again: an .xlsx with the original header between a
// "原行号" column (the row in the original file) and a "错误原因" column, then the rejected rows in order.
// Every cell is text, so ID numbers and phones stay exactly as typed; neither added column names a
// roster field, so the importer reads the corrected file like any roster.
class RejectedRowsWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::RejectedRowsWriter)

public:
    static Outcome write(const QString& path, const QStringList& headers, const QList<RejectedRow>& rows);
};

} // namespace anju::exchange
