#include "Code128.h"

#include <QPainter>
#include <QRectF>

namespace anju {

namespace {

// Bar and space widths of the 107 symbols (ISO/IEC 15417 table 1), value 0 to 106 (Stop has 7).
constexpr const char* Patterns[107] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213",  "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122",  "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221",  "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313",  "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321",  "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121",  "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421",  "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114",  "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212",  "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311",  "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

} // namespace

QString Code128::pattern(int value)
{
    return value >= 0 && value < 107 ? QString::fromLatin1(Patterns[value]) : QString();
}

int Code128::checkValue(const QString& text)
{
    int sum = StartB;
    for (qsizetype i = 0; i < text.size(); ++i)
        sum += (text.at(i).unicode() - 32) * int(i + 1);
    return sum % 103;
}

std::optional<QList<int>> Code128::symbols(const QString& text)
{
    QList<int> values{StartB};
    for (QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return std::nullopt;
        values.append(c.unicode() - 32);
    }
    values.append(checkValue(text));
    values.append(Stop);
    return values;
}

QList<int> Code128::widths(const QString& text)
{
    QList<int> result;
    const auto values = symbols(text);
    if (!values)
        return result;
    for (int v : *values)
        for (QChar w : pattern(v))
            result.append(w.digitValue());
    return result;
}

int Code128::moduleCount(const QString& text)
{
    int count = 0;
    for (int w : widths(text))
        count += w;
    return count;
}

qreal Code128::draw(QPainter* painter, const QRectF& area, const QString& text, qreal module)
{
    const QList<int> w = widths(text);
    qreal x = area.left();
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    for (qsizetype i = 0; i < w.size(); ++i) {
        const qreal width = w.at(i) * module;
        if (i % 2 == 0) // bars at even places, spaces between
            painter->drawRect(QRectF(x, area.top(), width, area.height()));
        x += width;
    }
    painter->restore();
    return x - area.left();
}

} // namespace anju
