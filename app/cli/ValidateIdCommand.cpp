#include "ValidateIdCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "domain/IdNumber.h"

namespace anju::cli {

int ValidateIdCommand::run(const QStringList& arguments)
{
    CommandParser parser(
        tr("validate-id ID..."),
        tr("Checks resident ID numbers (GB 11643-1999). Prints for each the normalized number, "
           "the sex and the birth date, or why it is invalid. Lower-case x, full-width digits "
           "and spaces are accepted; a 15-digit number is converted to 18 digits. Exits with 1 "
           "when any number is invalid."));
    parser.options().addPositionalArgument(QStringLiteral("ID"), tr("Resident ID numbers to check."),
                                           QStringLiteral("ID..."));
    if (const auto exit = parser.parse(arguments))
        return *exit;
    const QStringList ids = parser.options().positionalArguments();
    if (ids.isEmpty())
        return parser.usageError(tr("Give at least one ID number."));

    bool allValid = true;
    for (const QString& input : ids) {
        const IdNumber id = IdNumber::parse(input);
        if (!id.isValid()) {
            allValid = false;
            out() << tr("%1: invalid: %2").arg(input, id.errorMessage()) << Qt::endl;
            continue;
        }
        const QString birth = id.birthDate().toString(Qt::ISODate);
        if (id.convertedFrom15())
            out() << tr("%1: valid, %2, born %3 (converted from the 15-digit number %4)")
                         .arg(id.text(), enumLabel(id.sex()), birth, input)
                  << Qt::endl;
        else
            out() << tr("%1: valid, %2, born %3").arg(id.text(), enumLabel(id.sex()), birth) << Qt::endl;
    }
    return allValid ? Success : Failure;
}

} // namespace anju::cli
