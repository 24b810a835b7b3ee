#include "ui/charts/chart_export.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSvgGenerator>
#include <QWidget>
#include <algorithm>

#include "core/common/atomic_file.h"

namespace smip::ui {

namespace {

class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

}  // namespace

QString exportViewImage(QWidget* view, const QString& title, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The SVG gets at least 640 × 420 (the view is scaled into it, not resized: exporting must not
    // change the window); the PNG is the view as it is on screen.
    const QSize size = view->size().expandedTo(QSize(640, 420));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == "svg") {
        QSvgGenerator gen;
        gen.setOutputDevice(&buffer);
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setTitle(title);
        QPainter painter;
        if (!painter.begin(&gen)) return ChartExport::tr("Cannot render the chart as SVG.");
        painter.scale(double(size.width()) / std::max(1, view->width()),
                      double(size.height()) / std::max(1, view->height()));
        view->render(&painter);
        painter.end();
    } else if (!view->grab().save(&buffer, "PNG")) {
        return ChartExport::tr("Cannot render the chart as PNG.");
    }
    const std::string error =
        writeFileAtomically(path.toStdString(), std::string_view(bytes.constData(), bytes.size()));
    return error.empty() ? QString() : QString::fromStdString(error);
}

void runChartExportMenu(QWidget* view, const QString& title, const QPoint& globalPos) {
    QMenu menu(view);
    menu.addAction(ChartExport::tr("Export as PNG…"));
    QAction* svg = menu.addAction(ChartExport::tr("Export as SVG…"));
    QAction* chosen = menu.exec(globalPos);
    if (!chosen) return;
    QSettings settings;
    const bool isSvg = chosen == svg;
    const QString path = QFileDialog::getSaveFileName(
        view, ChartExport::tr("Export chart"), settings.value("lastFolder").toString(),
        isSvg ? ChartExport::tr("SVG images (*.svg)") : ChartExport::tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    const QString error = exportViewImage(view, title, path);
    if (!error.isEmpty()) QMessageBox::warning(view, ChartExport::tr("Export failed"), error);
}

}  // namespace smip::ui
