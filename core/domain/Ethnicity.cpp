#include "domain/Enums.h"

#include <QCoreApplication>

namespace anju {

namespace {

struct EthnicGroup
{
    const char* code;
    const char* label;     // English source text, translated in context "anju::Labels"
    const char16_t* name;  // the official Chinese name, matched on import whatever the UI language
};

// GB 3304-1991 codes and names of the 56 ethnic groups, plus "other" and "foreign origin".
constexpr EthnicGroup Groups[] = {
    {"01", QT_TRANSLATE_NOOP("anju::Labels", "Han"), u"汉族"},
    {"02", QT_TRANSLATE_NOOP("anju::Labels", "Mongol"), u"蒙古族"},
    {"03", QT_TRANSLATE_NOOP("anju::Labels", "Hui"), u"回族"},
    {"04", QT_TRANSLATE_NOOP("anju::Labels", "Tibetan"), u"藏族"},
    {"05", QT_TRANSLATE_NOOP("anju::Labels", "Uyghur"), u"维吾尔族"},
    {"06", QT_TRANSLATE_NOOP("anju::Labels", "Miao"), u"苗族"},
    {"07", QT_TRANSLATE_NOOP("anju::Labels", "Yi"), u"彝族"},
    {"08", QT_TRANSLATE_NOOP("anju::Labels", "Zhuang"), u"壮族"},
    {"09", QT_TRANSLATE_NOOP("anju::Labels", "Buyei"), u"布依族"},
    {"10", QT_TRANSLATE_NOOP("anju::Labels", "Korean"), u"朝鲜族"},
    {"11", QT_TRANSLATE_NOOP("anju::Labels", "Manchu"), u"满族"},
    {"12", QT_TRANSLATE_NOOP("anju::Labels", "Dong"), u"侗族"},
    {"13", QT_TRANSLATE_NOOP("anju::Labels", "Yao"), u"瑶族"},
    {"14", QT_TRANSLATE_NOOP("anju::Labels", "Bai"), u"白族"},
    {"15", QT_TRANSLATE_NOOP("anju::Labels", "Tujia"), u"土家族"},
    {"16", QT_TRANSLATE_NOOP("anju::Labels", "Hani"), u"哈尼族"},
    {"17", QT_TRANSLATE_NOOP("anju::Labels", "Kazakh"), u"哈萨克族"},
    {"18", QT_TRANSLATE_NOOP("anju::Labels", "Dai"), u"傣族"},
    {"19", QT_TRANSLATE_NOOP("anju::Labels", "Li"), u"黎族"},
    {"20", QT_TRANSLATE_NOOP("anju::Labels", "Lisu"), u"傈僳族"},
    {"21", QT_TRANSLATE_NOOP("anju::Labels", "Va"), u"佤族"},
    {"22", QT_TRANSLATE_NOOP("anju::Labels", "She"), u"畲族"},
    {"23", QT_TRANSLATE_NOOP("anju::Labels", "Gaoshan"), u"高山族"},
    {"24", QT_TRANSLATE_NOOP("anju::Labels", "Lahu"), u"拉祜族"},
    {"25", QT_TRANSLATE_NOOP("anju::Labels", "Shui"), u"水族"},
    {"26", QT_TRANSLATE_NOOP("anju::Labels", "Dongxiang"), u"东乡族"},
    {"27", QT_TRANSLATE_NOOP("anju::Labels", "Naxi"), u"纳西族"},
    {"28", QT_TRANSLATE_NOOP("anju::Labels", "Jingpo"), u"景颇族"},
    {"29", QT_TRANSLATE_NOOP("anju::Labels", "Kyrgyz"), u"柯尔克孜族"},
    {"30", QT_TRANSLATE_NOOP("anju::Labels", "Tu"), u"土族"},
    {"31", QT_TRANSLATE_NOOP("anju::Labels", "Daur"), u"达斡尔族"},
    {"32", QT_TRANSLATE_NOOP("anju::Labels", "Mulao"), u"仫佬族"},
    {"33", QT_TRANSLATE_NOOP("anju::Labels", "Qiang"), u"羌族"},
    {"34", QT_TRANSLATE_NOOP("anju::Labels", "Blang"), u"布朗族"},
    {"35", QT_TRANSLATE_NOOP("anju::Labels", "Salar"), u"撒拉族"},
    {"36", QT_TRANSLATE_NOOP("anju::Labels", "Maonan"), u"毛南族"},
    {"37", QT_TRANSLATE_NOOP("anju::Labels", "Gelao"), u"仡佬族"},
    {"38", QT_TRANSLATE_NOOP("anju::Labels", "Xibe"), u"锡伯族"},
    {"39", QT_TRANSLATE_NOOP("anju::Labels", "Achang"), u"阿昌族"},
    {"40", QT_TRANSLATE_NOOP("anju::Labels", "Pumi"), u"普米族"},
    {"41", QT_TRANSLATE_NOOP("anju::Labels", "Tajik"), u"塔吉克族"},
    {"42", QT_TRANSLATE_NOOP("anju::Labels", "Nu"), u"怒族"},
    {"43", QT_TRANSLATE_NOOP("anju::Labels", "Uzbek"), u"乌孜别克族"},
    {"44", QT_TRANSLATE_NOOP("anju::Labels", "Russian"), u"俄罗斯族"},
    {"45", QT_TRANSLATE_NOOP("anju::Labels", "Ewenki"), u"鄂温克族"},
    {"46", QT_TRANSLATE_NOOP("anju::Labels", "De'ang"), u"德昂族"},
    {"47", QT_TRANSLATE_NOOP("anju::Labels", "Bonan"), u"保安族"},
    {"48", QT_TRANSLATE_NOOP("anju::Labels", "Yugur"), u"裕固族"},
    {"49", QT_TRANSLATE_NOOP("anju::Labels", "Gin"), u"京族"},
    {"50", QT_TRANSLATE_NOOP("anju::Labels", "Tatar"), u"塔塔尔族"},
    {"51", QT_TRANSLATE_NOOP("anju::Labels", "Derung"), u"独龙族"},
    {"52", QT_TRANSLATE_NOOP("anju::Labels", "Oroqen"), u"鄂伦春族"},
    {"53", QT_TRANSLATE_NOOP("anju::Labels", "Hezhen"), u"赫哲族"},
    {"54", QT_TRANSLATE_NOOP("anju::Labels", "Monba"), u"门巴族"},
    {"55", QT_TRANSLATE_NOOP("anju::Labels", "Lhoba"), u"珞巴族"},
    {"56", QT_TRANSLATE_NOOP("anju::Labels", "Jino"), u"基诺族"},
    {"97", QT_TRANSLATE_NOOP("anju::Labels", "Other ethnic group"), u"其他"},
    {"98", QT_TRANSLATE_NOOP("anju::Labels", "Foreign origin"), u"外国血统中国籍人士"},
};

const EthnicGroup* findByCode(QStringView code)
{
    for (const EthnicGroup& group : Groups) {
        if (code == QLatin1String(group.code))
            return &group;
    }
    return nullptr;
}

} // namespace

QList<Ethnicity> Ethnicity::all()
{
    QList<Ethnicity> result;
    for (const EthnicGroup& group : Groups)
        result.append(Ethnicity{QString::fromLatin1(group.code)});
    return result;
}

std::optional<Ethnicity> Ethnicity::fromCode(QStringView code)
{
    if (const EthnicGroup* group = findByCode(code))
        return Ethnicity{QString::fromLatin1(group->code)};
    return std::nullopt;
}

std::optional<Ethnicity> Ethnicity::fromName(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 1 && trimmed.at(0).isDigit())
        return fromCode(QString(QStringLiteral("0") + trimmed.at(0)));
    if (auto byCode = fromCode(trimmed))
        return byCode;
    for (const EthnicGroup& group : Groups) {
        const QString name = QString::fromUtf16(group.name);
        // "苗族" and the short form "苗" are both written on rosters.
        if (trimmed == name || (name.endsWith(u'族') && trimmed == QStringView(name).chopped(1))
            || trimmed.compare(QLatin1String(group.label), Qt::CaseInsensitive) == 0
            || trimmed == QCoreApplication::translate("anju::Labels", group.label))
            return Ethnicity{QString::fromLatin1(group.code)};
    }
    return std::nullopt;
}

QString Ethnicity::label() const
{
    if (const EthnicGroup* group = findByCode(code))
        return QCoreApplication::translate("anju::Labels", group->label);
    return code;
}

QString Ethnicity::chineseName() const
{
    if (const EthnicGroup* group = findByCode(code))
        return QString::fromUtf16(group->name);
    return code;
}

} // namespace anju
