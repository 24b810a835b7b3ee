#include "ui/charts/scatter_plot.h"

#include <QContextMenuEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "ui/charts/chart_export.h"

namespace smip::ui {

namespace {
QColor valueColor(double t) {  // t in [0,1]: blue → white → red (diverging, readable on white)
    t = std::clamp(t, 0.0, 1.0);
    if (t < 0.5) {
        const double s = t / 0.5;
        return QColor::fromRgbF(0.15 + 0.8 * s, 0.35 + 0.6 * s, 0.85 + 0.1 * s);
    }
    const double s = (t - 0.5) / 0.5;
    return QColor::fromRgbF(0.95, 0.95 - 0.75 * s, 0.95 - 0.8 * s);
}

double niceStep(double span) {
    const double raw = span / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / mag;
    return mag * (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10);
}
}  // namespace

ScatterPlot::ScatterPlot(QWidget* parent) : QWidget(parent) {
    setMinimumSize(280, 240);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QColor ScatterPlot::classColor(int c) {
    static const QColor palette[] = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
        QColor(188, 189, 34),  QColor(23, 190, 207)};
    return palette[((c % 10) + 10) % 10];
}

void ScatterPlot::setClassPoints(const QVector<QPointF>& points, const QVector<int>& classes,
                                 const QStringList& classNames) {
    points_ = points;
    classes_ = classes;
    classNames_ = classNames;
    values_.clear();
    update();
}

void ScatterPlot::setValuePoints(const QVector<QPointF>& points, const QVector<double>& values) {
    points_ = points;
    values_ = values;
    classes_.clear();
    classNames_.clear();
    update();
}

void ScatterPlot::setHollowPoints(const QVector<QPointF>& points, const QVector<int>& classes) {
    hollow_ = points;
    hollowClasses_ = classes;
    update();
}

void ScatterPlot::setAxisLabels(const QString& x, const QString& y) {
    xLabel_ = x;
    yLabel_ = y;
    update();
}

void ScatterPlot::setTitle(const QString& title) {
    title_ = title;
    update();
}

void ScatterPlot::setBackground(const QImage& image, const QRectF& extent) {
    background_ = image;
    backgroundExtent_ = extent;
    update();
}

void ScatterPlot::setLines(const QVector<QLineF>& lines) {
    lines_ = lines;
    update();
}

void ScatterPlot::clear() {
    points_.clear();
    hollow_.clear();
    classes_.clear();
    hollowClasses_.clear();
    values_.clear();
    lines_.clear();
    background_ = QImage();
    update();
}

QRectF ScatterPlot::dataBounds() const {
    if (!background_.isNull()) return backgroundExtent_;
    double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
    for (const auto* set : {&points_, &hollow_})
        for (const QPointF& p : *set) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    if (x0 > x1) return QRectF(-1, -1, 2, 2);
    const double px = (x1 - x0) * 0.06 + (x1 == x0 ? 0.5 : 0),
                 py = (y1 - y0) * 0.06 + (y1 == y0 ? 0.5 : 0);
    return QRectF(QPointF(x0 - px, y0 - py), QPointF(x1 + px, y1 + py));
}

void ScatterPlot::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int right = values_.isEmpty() && classNames_.isEmpty() ? 12 : 90;
    const QRect plot =
        rect().adjusted(fm.height() * 2 + 40, fm.height() * 2, -right, -(fm.height() * 2 + 14));
    if (plot.width() < 20 || plot.height() < 20) return;
    const QRectF b = dataBounds();
    auto map = [&](const QPointF& d) {
        return QPointF(plot.left() + (d.x() - b.left()) / b.width() * plot.width(),
                       plot.bottom() - (d.y() - b.top()) / b.height() * plot.height());
    };
    if (!background_.isNull())
        p.drawImage(QRectF(map(b.bottomLeft()), map(b.topRight())).normalized(), background_);
    // Grid and ticks.
    p.setPen(QPen(QColor(0, 0, 0, 40)));
    const double sx = niceStep(b.width()), sy = niceStep(b.height());
    p.setFont(font());
    for (double x = std::ceil(b.left() / sx) * sx; x <= b.right() + 1e-12; x += sx) {
        const QPointF a = map({x, b.top()});
        p.setPen(QPen(QColor(0, 0, 0, 30)));
        p.drawLine(QPointF(a.x(), plot.top()), QPointF(a.x(), plot.bottom()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(a.x() - 40, plot.bottom() + 2, 80, fm.height()), Qt::AlignCenter,
                   QString::number(std::abs(x) < 1e-12 ? 0 : x, 'g', 4));
    }
    for (double y = std::ceil(b.top() / sy) * sy; y <= b.bottom() + 1e-12; y += sy) {
        const QPointF a = map({b.left(), y});
        p.setPen(QPen(QColor(0, 0, 0, 30)));
        p.drawLine(QPointF(plot.left(), a.y()), QPointF(plot.right(), a.y()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(plot.left() - 46, a.y() - fm.height() / 2.0, 42, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(std::abs(y) < 1e-12 ? 0 : y, 'g', 4));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawRect(plot);
    p.drawText(QRect(plot.left(), plot.bottom() + fm.height() + 4, plot.width(), fm.height()),
               Qt::AlignCenter, xLabel_);
    p.save();
    p.translate(fm.height() / 2.0 + 2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height() + 2),
               Qt::AlignCenter, yLabel_);
    p.restore();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(0, 2, width(), fm.height() + 4), Qt::AlignCenter, title_);
    p.setFont(font());

    p.save();
    p.setClipRect(plot);
    for (const QLineF& l : lines_) {
        p.setPen(QPen(QColor(30, 30, 30), 1.6, Qt::DashLine));
        p.drawLine(map(l.p1()), map(l.p2()));
    }
    double vmin = 0, vmax = 1;
    if (!values_.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(values_.begin(), values_.end());
        vmin = *lo;
        vmax = *hi > *lo ? *hi : *lo + 1;
    }
    const double r = points_.size() > 500 ? 2.5 : 4.5;
    for (int i = 0; i < points_.size(); ++i) {
        QColor c = !values_.isEmpty()    ? valueColor((values_[i] - vmin) / (vmax - vmin))
                   : i < classes_.size() ? classColor(classes_[i])
                                         : QColor(31, 119, 180);
        p.setPen(QPen(c.darker(160), 0.8));
        p.setBrush(c);
        p.drawEllipse(map(points_[i]), r, r);
    }
    for (int i = 0; i < hollow_.size(); ++i) {
        const QColor c = i < hollowClasses_.size() ? classColor(hollowClasses_[i]) : Qt::black;
        p.setPen(QPen(c.darker(130), 1.8));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(map(hollow_[i]), r + 0.5, r + 0.5);
    }
    p.restore();

    // Legend or color bar in the right margin.
    const int lx = plot.right() + 12;
    if (!classNames_.isEmpty()) {
        for (int c = 0; c < classNames_.size(); ++c) {
            const int y = plot.top() + c * (fm.height() + 4);
            p.setBrush(classColor(c));
            p.setPen(classColor(c).darker(160));
            p.drawEllipse(QPointF(lx + 5, y + fm.height() / 2.0), 4.5, 4.5);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(lx + 14, y, right - 26, fm.height()), Qt::AlignVCenter,
                       fm.elidedText(classNames_[c], Qt::ElideRight, right - 26));
        }
    } else if (!values_.isEmpty()) {
        const QRect bar(lx, plot.top() + fm.height(), 14, plot.height() - 2 * fm.height());
        for (int y = 0; y < bar.height(); ++y) {
            p.setPen(valueColor(1.0 - double(y) / bar.height()));
            p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
        }
        p.setPen(palette().color(QPalette::Text));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar);
        p.drawText(QRect(lx - 10, plot.top() - 2, 80, fm.height()), Qt::AlignLeft,
                   QString::number(vmax, 'g', 3));
        p.drawText(QRect(lx - 10, bar.bottom() + 2, 80, fm.height()), Qt::AlignLeft,
                   QString::number(vmin, 'g', 3));
    }
}

void ScatterPlot::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, windowTitle(), event->globalPos());
}

}  // namespace smip::ui
