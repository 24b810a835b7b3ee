#pragma once
// Presentation settings for a projector (issue #14): zoom of all text, charts included
// (Ctrl +, Ctrl −, Ctrl 0), and a light or dark palette — "System" follows the palette the desktop
// gave the application. Charts are re-styled on a short clock as well, because pages rebuild their
// axes with the theme's defaults (the Compare and Study charts do on every redraw). Both settings
// persist (QSettings). GUI thread.
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QString>

class QChart;
class QTimer;
class QWidget;

namespace smip::ui {

class Presentation : public QObject {
    Q_OBJECT
  public:
    enum class Theme { System, Light, Dark };

    /// `root`: the window whose charts follow the settings. Reads the stored zoom and theme.
    explicit Presentation(QWidget* root);

    double zoom() const { return zoom_; }
    /// Clamped to [0.5, 3]; applied at once and, with `store`, kept for the next start.
    void setZoom(double factor, bool store = true);
    void zoomIn() { setZoom(zoom_ * 1.15); }
    void zoomOut() { setZoom(zoom_ / 1.15); }
    void resetZoom() { setZoom(1.0); }

    Theme theme() const { return theme_; }
    void setTheme(Theme theme, bool store = true);
    /// The palette in effect is dark (Dark, or System on a dark desktop).
    bool dark() const;

    /// Applies zoom and colours to every chart under the root now.
    void restyleCharts();
    /// The point size a chart text of default size `base` gets at the current zoom.
    double scaledPointSize(double base) const { return base * zoom_; }

    static QString themeId(Theme theme);

  private:
    void applyApplicationFont();
    void applyPalette();
    void styleChart(QChart* chart) const;

    QPointer<QWidget> root_;
    QTimer* clock_;
    double zoom_ = 1.0;
    Theme theme_ = Theme::System;
    QFont baseFont_;
    QPalette systemPalette_;
    QString systemStyle_;
};

}  // namespace smip::ui
