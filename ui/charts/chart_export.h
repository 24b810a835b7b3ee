#pragma once
// Export of any chart or view as PNG or SVG (issue #14: "export of any chart"), written atomically
// so a failed export never leaves a truncated image over a previous one. Every chart class calls
// runChartExportMenu from its context menu (right-click).
#include <QPoint>
#include <QString>

class QWidget;

namespace smip::ui {

/// Renders `view` (its current size, at least 640 × 420) to `path`: SVG when the suffix is .svg,
/// else PNG. Empty string on success, else the reason.
QString exportViewImage(QWidget* view, const QString& title, const QString& path);

/// The "Export as PNG… / Export as SVG…" menu at `globalPos`, a file dialog, the export, and a
/// message box naming the problem when it fails.
void runChartExportMenu(QWidget* view, const QString& title, const QPoint& globalPos);

}  // namespace smip::ui
