#include "widgets/ScreenFit.h"

#include <QCursor>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace anju {

QSize ScreenFit::room(const QScreen* screen)
{
    if (!screen)
        return {};
    return screen->availableGeometry().size() - frameAllowance();
}

QScreen* ScreenFit::screenForNewWindow(const QWidget* anchor)
{
    if (anchor && anchor->window()->screen())
        return anchor->window()->screen();
    if (QScreen* underMouse = QGuiApplication::screenAt(QCursor::pos()))
        return underMouse;
    return QGuiApplication::primaryScreen();
}

QRect ScreenFit::placed(QSize preferred, const QScreen* screen)
{
    if (!screen)
        return QRect(QPoint(0, 0), preferred);
    const QSize size = preferred.boundedTo(room(screen));
    QRect rect(QPoint(0, 0), size);
    // The frame's title bar sits above the contents.
    rect.moveCenter(screen->availableGeometry().center() +
                    QPoint(0, (frameAllowance().height() - frameAllowance().width()) / 2));
    return rect;
}

bool ScreenFit::fits(const QRect& geometry)
{
    const QScreen* screen = QGuiApplication::screenAt(geometry.center());
    if (!screen)
        return false;
    const QSize allowance = frameAllowance();
    const QRect withFrame =
        geometry.adjusted(-allowance.width() / 2, -(allowance.height() - allowance.width() / 2),
                          allowance.width() / 2, allowance.width() / 2);
    return screen->availableGeometry().contains(withFrame);
}

void ScreenFit::resize(QWidget* dialog, QSize preferred)
{
    dialog->resize(preferred.boundedTo(room(screenForNewWindow(dialog->parentWidget()))));
}

void ScreenFit::letShrink(QWidget* field, int characters)
{
    // An explicit minimum width replaces the minimum size hint in layouts; the arrow or icons need
    // about two lines' height beside the text.
    const QFontMetrics metrics = field->fontMetrics();
    field->setMinimumWidth(metrics.horizontalAdvance(QLatin1Char('M')) * characters + 2 * metrics.height());
}

} // namespace anju
