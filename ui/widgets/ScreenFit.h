#pragma once

#include <QRect>
#include <QSize>

class QScreen;
class QWidget;

namespace anju {

// Windows sized to the screen they open on, never beyond it: the office laptop's 1366×768 leaves about
// 720 pixels under the panel and the title bar, so a fixed 800 pixels puts the status bar off screen.
class ScreenFit
{
public:
    // What a window's frame (title bar, borders) takes beside its contents on the usual desktops.
    static QSize frameAllowance() { return {16, 48}; }
    // The largest contents a window may have on `screen`: its available geometry less the frame.
    static QSize room(const QScreen* screen);
    // The screen a window without a parent opens on: the one under the mouse, else the primary one.
    static QScreen* screenForNewWindow(const QWidget* anchor = nullptr);
    // `preferred` bounded by the room on `screen`, centred in its available geometry.
    static QRect placed(QSize preferred, const QScreen* screen);
    // Whether a window's geometry (contents) lies wholly on one screen's available geometry, with room
    // for its frame: a remembered geometry from a larger or a missing monitor does not.
    static bool fits(const QRect& geometry);
    // Resizes a dialog to `preferred`, no larger than the room on the screen of its parent.
    static void resize(QWidget* dialog, QSize preferred);
    // Lets a field of a filter row give up width on a small screen: it still asks for its whole text
    // (sizeHint) where there is room, but may shrink to about `characters` wide characters, eliding.
    static void letShrink(QWidget* field, int characters);
};

} // namespace anju
