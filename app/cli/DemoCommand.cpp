#include "DemoCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "access/Permissions.h"
#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "demo/DemoGenerator.h"

#include <QElapsedTimer>

namespace anju::cli {

int DemoCommand::run(const CliContext& context, const QStringList& arguments)
{
    CommandParser parser(
        tr("[--db LOCATION] demo [--households N] [--seed S] [--today DATE]"),
        tr("Fills a database without households with demo data: sites, buildings and households "
           "of Shaoyang with valid ID numbers. The same seed always gives the same data."));
    const demo::DemoOptions defaults;
    QCommandLineParser& options = parser.options();
    options.addOption({QStringLiteral("households"),
                       tr("How many households to make (default %1).").arg(defaults.households), tr("N")});
    options.addOption(
        {QStringLiteral("seed"), tr("Seed of the random numbers (default %1).").arg(defaults.seed), tr("S")});
    options.addOption(
        {QStringLiteral("today"),
         tr("The day the data is as of, YYYY-MM-DD (default %1).").arg(defaults.today.toString(Qt::ISODate)),
         tr("DATE")});
    if (const auto exit = parser.parse(arguments))
        return *exit;
    if (!options.positionalArguments().isEmpty())
        return parser.usageError(tr("demo takes no arguments, only options."));

    demo::DemoOptions demo;
    bool ok = true;
    if (options.isSet(QStringLiteral("households"))) {
        demo.households = options.value(QStringLiteral("households")).toInt(&ok);
        if (!ok || demo.households < 1 || demo.households > demo::DemoGenerator::MaxHouseholds)
            return parser.usageError(
                tr("--households must be a number from 1 to %L1.").arg(demo::DemoGenerator::MaxHouseholds));
    }
    if (options.isSet(QStringLiteral("seed"))) {
        demo.seed = options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return parser.usageError(tr("--seed must be a whole number of zero or more."));
    }
    if (options.isSet(QStringLiteral("today"))) {
        demo.today = QDate::fromString(options.value(QStringLiteral("today")), Qt::ISODate);
        if (!demo.today.isValid())
            return parser.usageError(tr("--today must be a date written YYYY-MM-DD."));
    }

    // A new database gets the four demo users afterwards; one that has users already is theirs, and only
    // its administrator may fill it.
    std::unique_ptr<Database> db = context.openWithoutLogin(false);
    if (!db)
        return Failure;
    const bool hadUsers = accounts::AccountService(*db).hasUsers();
    if (hadUsers && !context.logIn(*db))
        return Failure;
    // Refused before the progress starts, with the reason the generator itself would give.
    if (const Outcome denied = accounts::AccountService(*db).mayFillWithDemoData(); !denied)
        return fail(denied.summary());

    int reportedTenth = -1;
    demo.progress = [&reportedTenth](int done, int total) {
        const int tenth = int(qint64(done) * 10 / total);
        if (tenth != reportedTenth) {
            reportedTenth = tenth;
            err() << tr("Making demo data: %1% (%L2 of %L3 households)").arg(tenth * 10).arg(done).arg(total)
                  << Qt::endl;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    demo::DemoGenerator generator(*db);
    const Outcome outcome = generator.generate(demo);
    if (!outcome)
        return fail(outcome.summary());
    AuditLog(*db).record(QStringLiteral("demo"),
                         {{QStringLiteral("households"), generator.counts().households},
                          {QStringLiteral("seed"), QString::number(demo.seed)}});
    if (!hadUsers) {
        if (const Outcome users = accounts::AccountService(*db).createDemoUsers(); !users)
            return fail(users.summary());
        err() << tr("Users admin, clerk, secretary and manager, each with the password %1.")
                     .arg(QLatin1String(accounts::AccountService::DemoPassword))
              << Qt::endl;
    }
    err() << tr("Done in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;

    const demo::DemoCounts& counts = generator.counts();
    out() << tr("Database: %1").arg(db->location().display()) << Qt::endl
          << tr("Sites: %1").arg(counts.sites) << Qt::endl
          << tr("Buildings: %1").arg(counts.buildings) << Qt::endl
          << tr("Units: %1").arg(counts.units) << Qt::endl
          << tr("Dwellings: %1").arg(counts.dwellings) << Qt::endl
          << tr("Households: %1").arg(counts.households) << Qt::endl
          << tr("Persons: %1").arg(counts.persons) << Qt::endl
          << tr("Memberships: %1").arg(counts.memberships) << Qt::endl
          << tr("Party organisations: %1").arg(counts.partyOrganisations) << Qt::endl
          << tr("Party members and applicants: %1").arg(counts.partyMembers) << Qt::endl
          << tr("Income checks: %1").arg(counts.incomeChecks) << Qt::endl
          << tr("Monitoring cases: %1").arg(counts.monitoringCases) << Qt::endl
          << tr("Safety-net enrolments: %1").arg(counts.safetyNetEnrolments) << Qt::endl
          << tr("Employments: %1").arg(counts.employments) << Qt::endl
          << tr("Training attendances: %1").arg(counts.trainingAttendances) << Qt::endl
          << tr("Industry projects: %1").arg(counts.industryProjects) << Qt::endl;
    return Success;
}

} // namespace anju::cli
