#include "widgets/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace anju {

namespace {
// The date that means "not set"; no record of the registry is older.
const QDate NotSet(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setMinimumDate(NotSet);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(tr("Not set"));
    setDate(NotSet);
    // The popup of an empty field opens on this month, not on January 1900.
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::value() const
{
    return date() == NotSet ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate& date)
{
    setDate(date.isValid() ? date : NotSet);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    // Typing a digit into an empty field starts from today's date, so the clerk overwrites the year
    // section instead of fighting the special text; Delete or Backspace on a whole selection empties it.
    if (date() == NotSet && !event->text().isEmpty() && event->text().front().isDigit()) {
        setDate(QDate::currentDate());
        setSelectedSection(QDateTimeEdit::YearSection);
    } else if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
               event->modifiers() == Qt::NoModifier && lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(NotSet);
        m_advancedBySelf = false;
        return;
    }
    if (isSeparator(event->text())) {
        const bool swallow = m_advancedBySelf;
        m_advancedBySelf = false;
        if (swallow)
            return;
        // Offices write 2019/6/30 and 2019.6.30 as often as 2019-06-30: every separator moves on.
        if (event->text() != QLatin1String("-")) {
            QKeyEvent dash(event->type(), Qt::Key_Minus, event->modifiers(), QStringLiteral("-"));
            QDateEdit::keyPressEvent(&dash);
            return;
        }
        QDateEdit::keyPressEvent(event);
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_advancedBySelf = !event->text().isEmpty() && event->text().front().isDigit() && currentSection() != before;
}

bool OptionalDateEdit::isSeparator(const QString& text)
{
    return text == QLatin1String("-") || text == QLatin1String("/") || text == QLatin1String(".")
        || text == QString(QChar(0x5E74)) || text == QString(QChar(0x6708)); // 年 月
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && date() == NotSet)
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    return QDateEdit::eventFilter(watched, event);
}

} // namespace anju
