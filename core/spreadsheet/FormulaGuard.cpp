#include "spreadsheet/FormulaGuard.h"

namespace anju {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

bool FormulaGuard::startsFormulaAfterQuotes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

QString FormulaGuard::guarded(const QString& text)
{
    return startsFormulaAfterQuotes(text) ? QLatin1Char('\'') + text : text;
}

bool FormulaGuard::isGuarded(QStringView cell)
{
    return cell.size() > 1 && cell.front() == u'\'' && startsFormulaAfterQuotes(cell.sliced(1));
}

QString FormulaGuard::unguarded(const QString& cell)
{
    return isGuarded(cell) ? cell.sliced(1) : cell;
}

} // namespace anju
