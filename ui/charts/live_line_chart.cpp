#include "ui/charts/live_line_chart.h"

#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/charts/chart_export.h"

namespace smip::ui {

namespace {
// Above this many points a history is halved (every other point kept, the last always kept), so a
// 100 000-epoch run stays fully visible at a bounded drawing cost.
constexpr int kMaxPoints = 4000;
}  // namespace

// Constructed with its chart: QChartView(parent) would make a default chart that setChart()
// then orphans (it releases the old chart without deleting it).
LiveLineChart::LiveLineChart(QWidget* parent) : QChartView(new QChart(), parent), chart_(chart()) {
    chart_->setAnimationOptions(QChart::NoAnimation);  // animations stall live updates
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    xAxis_ = new QValueAxis();
    xAxis_->setLabelFormat("%g");
    chart_->addAxis(xAxis_, Qt::AlignBottom);
    rebuildYAxis();
    setMinimumSize(260, 200);
    cursor_ = new QGraphicsLineItem(chart_);
    cursor_->setPen(QPen(QColor(20, 20, 20), 1.5, Qt::DashLine));
    cursor_->setZValue(100);
    cursor_->hide();
    connect(chart_, &QChart::plotAreaChanged, this, [this] { placeCursor(); });
}

void LiveLineChart::setXCursor(double x) {
    cursorX_ = x;
    placeCursor();
}

void LiveLineChart::placeCursor() {
    const QRectF area = chart_->plotArea();
    const double lo = xAxis_->min(), hi = xAxis_->max();
    if (std::isnan(cursorX_) || !(hi > lo) || cursorX_ < lo || cursorX_ > hi) {
        cursor_->hide();
        return;
    }
    const double px = area.left() + (cursorX_ - lo) / (hi - lo) * area.width();
    cursor_->setLine(px, area.top(), px, area.bottom());
    cursor_->show();
}

void LiveLineChart::setLabels(const QString& title, const QString& xLabel, const QString& yLabel) {
    chart_->setTitle(title);
    xAxis_->setTitleText(xLabel);
    yLabel_ = yLabel;
    yAxis_->setTitleText(yLabel);
}

void LiveLineChart::setYScale(YScale scale) {
    if (scale == yScale_) return;
    yScale_ = scale;
    rebuildYAxis();
    for (auto& t : tracks_)
        t.dirty = true;
    flush();
}

void LiveLineChart::rebuildYAxis() {
    if (yAxis_) {
        for (auto& t : tracks_) {
            if (t.series) t.series->detachAxis(yAxis_);
            if (t.band) t.band->detachAxis(yAxis_);
        }
        chart_->removeAxis(yAxis_);
        delete yAxis_;
    }
    if (yScale_ == YScale::Log) {
        auto* axis = new QLogValueAxis();
        axis->setLabelFormat("%.0e");
        axis->setMinorTickCount(0);
        axis->setBase(10.0);
        yAxis_ = axis;
    } else {
        auto* axis = new QValueAxis();
        axis->setLabelFormat("%g");
        yAxis_ = axis;
    }
    yAxis_->setTitleText(yLabel_);
    chart_->addAxis(yAxis_, Qt::AlignLeft);
    for (auto& t : tracks_) {
        if (t.series) t.series->attachAxis(yAxis_);
        if (t.band) t.band->attachAxis(yAxis_);
    }
}

void LiveLineChart::addSeries(const QString& key, const QString& name, const QColor& color,
                              Style style, bool dashed) {
    auto it = tracks_.find(key);
    if (it != tracks_.end()) {
        it->series->setName(name);
        return;
    }
    Track t;
    t.series = new QLineSeries();
    t.series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    if (dashed) pen.setStyle(Qt::DashLine);
    t.series->setPen(pen);
    t.style = style;
    chart_->addSeries(t.series);
    t.series->attachAxis(xAxis_);
    t.series->attachAxis(yAxis_);
    tracks_.insert(key, t);
    order_ << key;
}

void LiveLineChart::removeAllSeries() {
    chart_->removeAllSeries();  // the bands too
    tracks_.clear();
    order_.clear();
}

void LiveLineChart::appendPoints(const QString& key, const QList<QPointF>& points) {
    auto it = tracks_.find(key);
    if (it == tracks_.end() || points.isEmpty()) return;
    it->points += points;
    it->received += points.size();
    it->dirty = true;
    const bool log = yScale_ == YScale::Log;
    for (const QPointF& p : points)
        it->extremes.add(p.x(), p.y(), log);
    thin(*it);
}

void LiveLineChart::setPoints(const QString& key, const QList<QPointF>& points) {
    auto it = tracks_.find(key);
    if (it == tracks_.end()) return;
    it->points = points;
    it->received = points.size();
    it->dirty = true;
    it->extremes.clear();
    const bool log = yScale_ == YScale::Log;
    for (const QPointF& p : points)
        it->extremes.add(p.x(), p.y(), log);
    thin(*it);
}

void LiveLineChart::thin(Track& track) {
    while (track.points.size() > kMaxPoints) {
        QList<QPointF> kept;
        kept.reserve(track.points.size() / 2 + 1);
        for (int i = 0; i < track.points.size(); i += 2)
            kept << track.points[i];
        if (kept.last() != track.points.last()) kept << track.points.last();
        track.points.swap(kept);
    }
}

void LiveLineChart::clearPoints() {
    for (auto& t : tracks_) {
        t.points.clear();
        t.received = 0;
        t.extremes.clear();
        t.dirty = true;
    }
    flush();
}

int LiveLineChart::pointCount(const QString& key) const {
    const auto it = tracks_.constFind(key);
    return it == tracks_.constEnd() ? 0 : int(it->points.size());
}

qint64 LiveLineChart::receivedCount(const QString& key) const {
    const auto it = tracks_.constFind(key);
    return it == tracks_.constEnd() ? 0 : it->received;
}

void LiveLineChart::setReferenceLine(const QString& key, const QString& name, double y,
                                     const QColor& color) {
    if (!tracks_.contains(key)) addSeries(key, name, color, Style::Line, true);
    auto& t = tracks_[key];
    t.series->setName(name);
    t.series->setVisible(!std::isnan(y));  // hides its legend entry too
    t.points.clear();
    t.dirty = true;
    if (!std::isnan(y)) {
        // Spans the other series' x range; rescaleAxes() extends it when they grow.
        t.points << QPointF(0, y) << QPointF(1, y);
    }
    flush();
}

void LiveLineChart::flush() {
    bool any = false;
    for (auto& t : tracks_) {
        if (!t.dirty) continue;
        t.dirty = false;
        any = true;
        if (envelope_ && t.style == Style::Line && t.series->pen().style() != Qt::DashLine) {
            t.series->replace(medianLine(t));
            drawBand(t);
            continue;
        }
        if (t.band) t.band->hide();
        QList<QPointF> shown;
        const bool log = yScale_ == YScale::Log;
        shown.reserve(t.style == Style::Step ? t.points.size() * 2 : t.points.size());
        for (int i = 0; i < t.points.size(); ++i) {
            const QPointF& p = t.points[i];
            if (!std::isfinite(p.y()) || (log && p.y() <= 0)) continue;  // gaps, not crashes
            if (t.style == Style::Step && !shown.isEmpty())
                shown << QPointF(p.x(), shown.last().y());
            shown << p;
        }
        t.series->replace(shown);  // one signal per series per tick
    }
    if (any) rescaleAxes();
}

void LiveLineChart::setEnvelope(bool on) {
    if (envelope_ == on) return;
    envelope_ = on;
    for (auto& t : tracks_)
        t.dirty = true;
    flush();
}

std::vector<ColumnEnvelope::Column> LiveLineChart::envelopeColumns(const QString& key) const {
    const auto it = tracks_.constFind(key);
    return it == tracks_.constEnd() ? std::vector<ColumnEnvelope::Column>{}
                                    : it->extremes.columns();
}

// The median of the kept points in each column of the envelope (the trend through the band).
QList<QPointF> LiveLineChart::medianLine(const Track& t) const {
    QList<QPointF> out;
    const bool log = yScale_ == YScale::Log;
    std::vector<double> ys;
    int next = 0;
    for (const ColumnEnvelope::Column& c : t.extremes.columns()) {
        ys.clear();
        while (next < t.points.size() && t.points[next].x() < c.x1) {
            const double y = t.points[next++].y();
            if (std::isfinite(y) && (!log || y > 0)) ys.push_back(y);
        }
        if (ys.empty()) continue;
        std::nth_element(ys.begin(), ys.begin() + static_cast<long>(ys.size() / 2), ys.end());
        out << QPointF(0.5 * (c.x0 + c.x1), ys[ys.size() / 2]);
    }
    return out;
}

void LiveLineChart::drawBand(Track& t) {
    if (!t.band) {
        t.band = new QAreaSeries(new QLineSeries(), new QLineSeries());
        QColor fill = t.series->pen().color();
        fill.setAlphaF(0.25);
        t.band->setBrush(fill);
        t.band->setPen(Qt::NoPen);
        chart_->addSeries(t.band);
        t.band->attachAxis(xAxis_);
        t.band->attachAxis(yAxis_);
        for (QLegendMarker* m : chart_->legend()->markers(t.band))
            m->setVisible(false);
    }
    QList<QPointF> upper, lower;
    for (const ColumnEnvelope::Column& c : t.extremes.columns()) {
        upper << QPointF(c.x0, c.high) << QPointF(c.x1, c.high);
        lower << QPointF(c.x0, c.low) << QPointF(c.x1, c.low);
    }
    t.band->upperSeries()->replace(upper);
    t.band->lowerSeries()->replace(lower);
    t.band->show();
}

void LiveLineChart::rescaleAxes() {
    double xmin = std::numeric_limits<double>::max(), xmax = -xmin;
    double ymin = xmin, ymax = -xmin;
    const bool log = yScale_ == YScale::Log;
    QStringList references;
    for (auto it = tracks_.cbegin(); it != tracks_.cend(); ++it) {
        const bool isRef = it->series->pen().style() == Qt::DashLine;
        if (isRef) references << it.key();
        for (const QPointF& p : it->points) {
            if (!std::isfinite(p.y()) || (log && p.y() <= 0)) continue;
            if (!isRef) {
                xmin = std::min(xmin, p.x());
                xmax = std::max(xmax, p.x());
            }
            ymin = std::min(ymin, p.y());
            ymax = std::max(ymax, p.y());
        }
    }
    if (xmin > xmax) return;
    if (xmax <= xmin) xmax = xmin + 1;
    xAxis_->setRange(xmin, xmax);
    xAxis_->applyNiceNumbers();
    xmin = xAxis_->min();
    xmax = xAxis_->max();
    placeCursor();
    for (const QString& key : references) {  // stretch reference lines over the data
        auto& t = tracks_[key];
        if (t.points.size() == 2) {
            const double y = t.points[0].y();
            t.series->replace({QPointF(xmin, y), QPointF(xmax, y)});
        }
    }
    if (ymin > ymax) return;
    if (log) {
        // A log axis labels every power of its base: with many decades the labels collide, so
        // widen the base to keep about five labels.
        double lo = std::floor(std::log10(ymin)), hi = std::ceil(std::log10(ymax));
        if (hi <= lo) hi = lo + 1;
        const int step = std::max(1, int(std::ceil((hi - lo) / 5.0)));
        lo = std::floor(lo / step) * step;
        hi = std::ceil(hi / step) * step;
        auto* axis = static_cast<QLogValueAxis*>(yAxis_);
        axis->setBase(std::pow(10.0, step));
        axis->setRange(std::pow(10.0, lo), std::pow(10.0, hi));
    } else {
        const double pad = (ymax - ymin) * 0.05 + (ymax == ymin ? 0.5 : 0.0);
        auto* axis = static_cast<QValueAxis*>(yAxis_);
        // Counts and objectives that start at 0 get an axis that starts at 0, not at −2.
        const double lo = ymin >= 0.0 && ymin - pad < 0.0 ? 0.0 : ymin - pad;
        axis->setRange(lo, ymax + pad);
        axis->applyNiceNumbers();
    }
}

QString LiveLineChart::exportImage(const QString& path) const {
    return exportViewImage(const_cast<LiveLineChart*>(this), chart_->title(), path);
}

void LiveLineChart::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, chart_->title(), event->globalPos());
}

}  // namespace smip::ui
