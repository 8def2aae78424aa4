#pragma once

#include <QString>
#include <QTest>

// Asserts that `expr` (an Outcome or a Result) was refused, and refused for the reason whose text
// contains `why`: a refusal for some other reason (a typo in the test data, a permission, the
// database) fails the test instead of passing it.
#define QVERIFY_REFUSED(expr, why)                                                                           \
    do {                                                                                                     \
        const auto& anjuRefusal_ = (expr);                                                                   \
        QVERIFY2(!anjuRefusal_.ok(), "accepted: " #expr);                                                    \
        QVERIFY2(anjuRefusal_.summary().contains(why),                                                       \
                 qPrintable(QStringLiteral("refused for another reason: ") + anjuRefusal_.summary()));       \
    } while (false)
