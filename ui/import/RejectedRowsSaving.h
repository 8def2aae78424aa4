#pragma once

#include "exchange/RejectedRowsWriter.h"

#include <QCoreApplication>

class QWidget;

namespace anju {

// Asks where to save a roster's rejected rows (beside the roster, "<name> (errors).xlsx") and writes
// them with their reason column; a failure is shown to the user. Both import dialogs save this way.
class RejectedRowsSaving
{
    Q_DECLARE_TR_FUNCTIONS(anju::RejectedRowsSaving)

public:
    // The path written, or empty when the user cancelled or the file could not be written.
    static QString save(QWidget* parent, const QString& title, const QString& rosterPath,
                        const QStringList& headers, const QList<exchange::RejectedRow>& rows);
};

} // namespace anju
