#pragma once

#include <QRect>
#include <QString>

class QMainWindow;
class QScreen;
class QWidget;

// Where and how large a main window opens. Town-hall PCs range from
// 1280 x 800 laptops to wide monitors, at 100 to 200 % scaling, so the
// window starts from the screen it opens on, not from a fixed size; the
// size and dock layout the user chose are remembered per screen size, and
// a remembered size that no longer fits (a smaller screen, more scaling)
// is not used.
namespace WindowPlacement {

// The largest size a new window opens at, in device-independent pixels.
constexpr int preferredWidth = 1440;
constexpr int preferredHeight = 880;

// A new window on a screen whose free area is `available`: the preferred
// size, or 92 % of the area when that is smaller, centred in it.
QRect defaultGeometry(const QRect &available);

// The settings key of a screen: its size in device-independent pixels
// and its scaling, e.g. "1366x768@1".
QString screenKey(const QScreen *screen);

// Restores what save() kept for the window's screen when it still fits,
// otherwise places the window at defaultGeometry(). Call before show().
void restore(QMainWindow *window);
void save(const QMainWindow *window);

// Sizes a dialog to `preferred` (device-independent pixels), shrunk to
// 90 % of its screen's free area, so it opens neither cramped nor beyond
// the screen.
void fitDialog(QWidget *dialog, int preferredWidth, int preferredHeight);

} // namespace WindowPlacement
