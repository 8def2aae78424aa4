#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace anju::exchange {

// The Chinese words a roster file uses for coded values, whatever the language of the program: the
// exporter writes the canonical word, the importer also understands the variants clerks type
// (户主 / 本人, 妻 / 夫 / 配偶, 长子 / 次女 / 儿子, 男性 …). These words are data of the file format, not
// user-interface text, so they are not translated.
class RosterVocabulary
{
public:
    template <typename E>
    static QString word(E value);
    template <typename E>
    static std::optional<E> fromWord(QStringView word);
};

} // namespace anju::exchange
