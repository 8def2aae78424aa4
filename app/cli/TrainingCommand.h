#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>

namespace anju::cli {

// Training 技能培训 on the command line: `training list` (the courses with their counts), `training
// attendance COURSE_ID` (who is on a course), `training add` (a new course), `training enrol COURSE_ID
// ID_NUMBER…` (people enrolled in one go), `training import FILE` (the office's attendance sheet,
// TrainingImportCommand), over the same core calls as the page.
class TrainingCommand
{
    Q_DECLARE_TR_FUNCTIONS(anju::cli::TrainingCommand)

public:
    static int run(const CliContext& context, QStringList arguments);

private:
    static int list(const CliContext& context, const QStringList& arguments);
    static int attendance(const CliContext& context, const QStringList& arguments);
    static int add(const CliContext& context, const QStringList& arguments);
    static int enrol(const CliContext& context, const QStringList& arguments);
};

} // namespace anju::cli
