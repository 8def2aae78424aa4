#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// anju-cli settings list|set: the office's settings with their sources, and a change of a visit or income
// rule through the same core editor as the settings page (OfficeSettingEdit).
class SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::SettingsCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int set(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli
