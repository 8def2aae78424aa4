#include "CommandParser.h"

#include "Console.h"

namespace anju::cli {

CommandParser::CommandParser(const QString& usage, const QString& description)
    : m_usage(usage), m_description(description)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Our own help option: Qt's also adds --help-all, which lists Qt's options a command does not take.
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
}

std::optional<int> CommandParser::parse(const QStringList& arguments)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("anju-cli")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        return Success;
    }
    return std::nullopt;
}

int CommandParser::usageError(const QString& message) const
{
    return fail(message + QLatin1Char('\n') + tr("Usage: anju-cli %1").arg(m_usage) + QLatin1Char('\n') +
                    tr("Run with --help for the options."),
                UsageError);
}

QString CommandParser::helpText() const
{
    // Qt's own usage line cannot name the command; keep its option list and write the rest here.
    QString options = m_parser.helpText();
    const qsizetype firstBreak = options.indexOf(QLatin1String("\n\n"));
    options = firstBreak >= 0 ? options.mid(firstBreak + 2) : QString();
    return tr("Usage: anju-cli %1").arg(m_usage) + QStringLiteral("\n\n") + m_description +
           QStringLiteral("\n\n") + options;
}

} // namespace anju::cli
