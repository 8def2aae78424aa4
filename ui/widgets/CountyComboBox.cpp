#include "widgets/CountyComboBox.h"

#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>

namespace anju {

CountyComboBox::CountyComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    // A typed code must not become a new entry (nor trigger it on Enter, which saves the form).
    setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [code, name] : shippedCounties())
        addItem(code + QStringLiteral("  ") + name, code);
    // Matches anywhere in "430524  Longhui County", so the clerk can type the code or the name; a popup,
    // not inline completion, so a partly typed code is never silently completed into another county.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    lineEdit()->setPlaceholderText(tr("Six-digit county code"));
    setCurrentIndex(-1);
    // Leaving the field shows a typed code with its county's name. Not in focusOutEvent: while the
    // completer's popup is open it swallows the focus-out that a Tab out of the field causes.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget* now) {
        const auto inside = [this](QWidget* w) { return w && (w == this || isAncestorOf(w)); };
        if (inside(old) && !inside(now) && (!now || now->window() == window()))
            showNameOfTypedCode();
    });
}

QList<std::pair<QString, QString>> CountyComboBox::shippedCounties()
{
    // Shaoyang 邵阳市 430500 (DOMAIN.md, "Codes worth shipping").
    return {
        {QStringLiteral("430502"), tr("Shuangqing District")},
        {QStringLiteral("430503"), tr("Daxiang District")},
        {QStringLiteral("430511"), tr("Beita District")},
        {QStringLiteral("430522"), tr("Xinshao County")},
        {QStringLiteral("430523"), tr("Shaoyang County")},
        {QStringLiteral("430524"), tr("Longhui County")},
        {QStringLiteral("430525"), tr("Dongkou County")},
        {QStringLiteral("430527"), tr("Suining County")},
        {QStringLiteral("430528"), tr("Xinning County")},
        {QStringLiteral("430529"), tr("Chengbu Miao Autonomous County")},
        {QStringLiteral("430581"), tr("Wugang City")},
        {QStringLiteral("430582"), tr("Shaodong City")},
    };
}

QString CountyComboBox::countyName(const QString& code)
{
    for (const auto& [shipped, name] : shippedCounties()) {
        if (shipped == code)
            return name;
    }
    return {};
}

QString CountyComboBox::countyCode() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int index = findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    for (const auto& [code, name] : shippedCounties()) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return code;
    }
    // "430600" or "430600 Some county": the code is the first word.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.section(space, 0, 0);
}

void CountyComboBox::showNameOfTypedCode()
{
    const int index = findData(countyCode());
    if (index < 0)
        return;
    if (index != currentIndex())
        setCurrentIndex(index);
    if (currentText() != itemText(index))
        setEditText(itemText(index));
}

void CountyComboBox::setCountyCode(const QString& code)
{
    const int index = findData(code);
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
}

} // namespace anju
