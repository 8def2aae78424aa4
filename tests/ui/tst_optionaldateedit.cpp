#include "widgets/OptionalDateEdit.h"

#include <QTest>

using anju::OptionalDateEdit;

class TestOptionalDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void typedDates_data();
    void typedDates();
    void emptyIsNull();
};

void TestOptionalDateEdit::typedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("digits only") << QStringLiteral("20190630") << QDate(2019, 6, 30);
    QTest::newRow("with dashes") << QStringLiteral("2019-06-30") << QDate(2019, 6, 30);
    QTest::newRow("with slashes, short month") << QStringLiteral("2019/6/30") << QDate(2019, 6, 30);
    QTest::newRow("with dots") << QStringLiteral("2019.11.05") << QDate(2019, 11, 5);
    QTest::newRow("month 1x") << QStringLiteral("2020-1-15") << QDate(2020, 1, 15);
}

void TestOptionalDateEdit::typedDates()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    OptionalDateEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    QTest::keyClicks(&edit, typed);
    QTest::keyClick(&edit, Qt::Key_Tab);
    QCOMPARE(edit.value(), expected);
}

void TestOptionalDateEdit::emptyIsNull()
{
    OptionalDateEdit edit;
    QVERIFY(!edit.value().isValid());
    edit.setValue(QDate(2020, 2, 29));
    QCOMPARE(edit.value(), QDate(2020, 2, 29));
    edit.setValue(QDate());
    QVERIFY(!edit.value().isValid());
}

QTEST_MAIN(TestOptionalDateEdit)
#include "tst_optionaldateedit.moc"
