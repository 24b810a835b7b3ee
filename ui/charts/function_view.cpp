#include "ui/charts/function_view.h"

#include <QContextMenuEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <tuple>

#include "ui/charts/chart_export.h"

namespace smip::ui {

namespace {

double niceStep(double span) {
    const double raw = span / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / mag;
    return mag * (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10);
}

/// [lo, hi] widened by `pad` of its span on each side; a single value gets a unit span.
std::pair<double, double> padded(double lo, double hi, double pad) {
    if (hi - lo <= 1e-12) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double span = hi - lo;
    return {lo - pad * span, hi + pad * span};
}

struct Mapping {  // data coordinates → pixels of a plot area
    QRectF area;
    double x0, x1, y0, y1;
    QPointF operator()(double x, double y) const {
        return {area.left() + (x - x0) / (x1 - x0) * area.width(),
                area.bottom() - (y - y0) / (y1 - y0) * area.height()};
    }
};

}  // namespace

FunctionView::FunctionView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(280, 220);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    polyline_.resize(kCurvePoints);
}

QRgb FunctionView::heatColor(double value, double lo, double level, double hi) {
    // Blue below the level, white at it, red above: the contour runs where the colour turns.
    // Each side is scaled to its own span so an off-centre level still gets full colour.
    const double t = value < level ? 0.5 - 0.5 * (level - value) / std::max(level - lo, 1e-12)
                                   : 0.5 + 0.5 * (value - level) / std::max(hi - level, 1e-12);
    const double c = std::clamp(t, 0.0, 1.0);
    if (c < 0.5) {
        const double s = c / 0.5;
        return qRgb(int(255 * (0.15 + 0.8 * s)), int(255 * (0.35 + 0.6 * s)),
                    int(255 * (0.85 + 0.1 * s)));
    }
    const double s = (c - 0.5) / 0.5;
    return qRgb(int(255 * 0.95), int(255 * (0.95 - 0.75 * s)), int(255 * (0.95 - 0.8 * s)));
}

void FunctionView::setData(const Dataset& data) {
    inputs_ = data.features();
    X_ = data.X;
    y_ = data.y;
    mode_ = data.samples() == 0 ? Mode::Empty
            : inputs_ == 1      ? Mode::Line
            : inputs_ == 2      ? Mode::Plane
                                : Mode::TooManyInputs;
    if (mode_ == Mode::Line || mode_ == Mode::Plane) {
        std::tie(box_.x0, box_.x1) = padded(X_.col(0).minCoeff(), X_.col(0).maxCoeff(), 0.08);
        // The value axis follows the data, not the networks: it stays put while they train.
        std::tie(yLo_, yHi_) = padded(y_.minCoeff(), y_.maxCoeff(), 0.3);
        colorLo_ = y_.minCoeff();
        colorHi_ = y_.maxCoeff() > colorLo_ ? y_.maxCoeff() : colorLo_ + 1.0;
        level_ = y_.mean();
    }
    if (mode_ == Mode::Plane) {
        std::tie(box_.y0, box_.y1) = padded(X_.col(1).minCoeff(), X_.col(1).maxCoeff(), 0.08);
        heat_.resize(kGridSize, kGridSize);
        heatImage_ = QImage(kGridSize, kGridSize, QImage::Format_RGB32);
        heatImage_.fill(Qt::white);
    }
    contour_.clear();
    for (Track& t : tracks_)
        evaluate(t);
    update();
}

void FunctionView::setTitle(const QString& title) {
    title_ = title;
    update();
}

FunctionView::Track* FunctionView::find(const QString& key) {
    for (Track& t : tracks_)
        if (t.key == key) return &t;
    return nullptr;
}

const FunctionView::Track* FunctionView::find(const QString& key) const {
    return const_cast<FunctionView*>(this)->find(key);
}

void FunctionView::setNetwork(const QString& key, const QString& name, const QColor& color,
                              const ShallowReluNet& net, double eps, bool dashed) {
    Track* track = find(key);
    if (!track) {
        tracks_.push_back({});
        track = &tracks_.back();
        track->key = key;
        track->values.resize(kCurvePoints);  // once per network: later weights reuse it
    }
    track->name = name;
    track->color = color;
    track->dashed = dashed;
    track->eps = eps;
    track->net = net;  // same shape as before: Eigen reuses the storage
    evaluate(*track);
    update();
}

void FunctionView::removeNetworks() {
    tracks_.clear();
    contour_.clear();
    if (!heatImage_.isNull()) heatImage_.fill(Qt::white);
    update();
}

void FunctionView::setSelected(const QString& key) {
    selected_ = key;
    if (mode_ == Mode::Plane)
        if (const Track* t = find(shownKey())) evaluateHeatMap(*t);
    update();
}

QString FunctionView::shownKey() const {
    if (find(selected_)) return selected_;
    return tracks_.empty() ? QString() : tracks_.front().key;
}

void FunctionView::evaluate(Track& track) {
    if (track.net.inputs() != inputs_ || track.net.width() == 0) {
        track.kinks.clear();
        return;
    }
    if (mode_ == Mode::Line) {
        evaluateOnLine(track.net, box_, track.values);
        reluBreakpoints(track.net, track.eps, box_.x0, box_.x1, track.kinks);
    } else if (mode_ == Mode::Plane && track.key == shownKey()) {
        evaluateHeatMap(track);
    }
}

void FunctionView::evaluateHeatMap(const Track& track) {
    if (track.net.inputs() != 2) return;
    evaluateOnGrid(track.net, box_, heat_);
    for (int r = 0; r < kGridSize; ++r) {
        auto* line = reinterpret_cast<QRgb*>(heatImage_.scanLine(r));
        for (int c = 0; c < kGridSize; ++c)
            line[c] = heatColor(heat_(r, c), colorLo_, level_, colorHi_);
    }
    traceContour();
}

void FunctionView::traceContour() {
    // Marching squares on the grid: in each cell, the edges whose ends lie on both sides of the
    // level carry a crossing (linear interpolation); two crossings make one segment, four (a
    // saddle) two.
    contour_.clear();
    const int n = kGridSize;
    const auto xAt = [&](double c) { return box_.x0 + (box_.x1 - box_.x0) * c / (n - 1); };
    const auto yAt = [&](double r) { return box_.y1 - (box_.y1 - box_.y0) * r / (n - 1); };
    const auto cross = [&](double r0, double c0, double v0, double r1, double c1, double v1) {
        const double t = (level_ - v0) / (v1 - v0);
        return QPointF(xAt(c0 + t * (c1 - c0)), yAt(r0 + t * (r1 - r0)));
    };
    QPointF hits[4];
    for (int r = 0; r + 1 < n; ++r) {
        for (int c = 0; c + 1 < n; ++c) {
            const double tl = heat_(r, c), tr = heat_(r, c + 1);
            const double br = heat_(r + 1, c + 1), bl = heat_(r + 1, c);
            int count = 0;
            const auto edge = [&](double r0, double c0, double v0, double r1, double c1,
                                  double v1) {
                if ((v0 < level_) != (v1 < level_)) hits[count++] = cross(r0, c0, v0, r1, c1, v1);
            };
            edge(r, c, tl, r, c + 1, tr);          // top
            edge(r, c + 1, tr, r + 1, c + 1, br);  // right
            edge(r + 1, c, bl, r + 1, c + 1, br);  // bottom
            edge(r, c, tl, r + 1, c, bl);          // left
            for (int i = 0; i + 1 < count; i += 2)
                contour_.emplace_back(hits[i], hits[i + 1]);
        }
    }
}

QString FunctionView::message() const {
    if (mode_ == Mode::Empty)
        return tr("No data yet: generate or load a dataset on the Data page.");
    if (mode_ == Mode::TooManyInputs)
        return tr("The function view needs data with 1 or 2 inputs; this dataset has %1. "
                  "Generate 1-D data (e.g. kinks, sine, bump) or a 2-D shape on the Data page.")
            .arg(inputs_);
    return {};
}

QStringList FunctionView::curveKeys() const {
    QStringList keys;
    for (const Track& t : tracks_)
        keys << t.key;
    return keys;
}

const Eigen::VectorXd* FunctionView::curve(const QString& key) const {
    const Track* t = find(key);
    return t && mode_ == Mode::Line && t->net.inputs() == 1 ? &t->values : nullptr;
}

const std::vector<double>* FunctionView::breakpoints(const QString& key) const {
    const Track* t = find(key);
    return t && mode_ == Mode::Line ? &t->kinks : nullptr;
}

QRectF FunctionView::plotArea() const {
    const int line = fontMetrics().height();
    return QRectF(QPointF(8 + 6.0 * fontMetrics().averageCharWidth(), 2.5 * line),
                  QPointF(width() - 14.0, height() - 2.2 * line));
}

void FunctionView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!message().isEmpty()) return paintMessage(p, message());
    if (mode_ == Mode::Line) return paintLine(p);
    paintPlane(p);
}

void FunctionView::paintMessage(QPainter& p, const QString& text) {
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void FunctionView::paintAxes(QPainter& p, const QRectF& area, double ylo, double yhi) {
    const Mapping map{area, box_.x0, box_.x1, ylo, yhi};
    const QColor text = palette().color(QPalette::Text);
    const QFontMetrics fm = fontMetrics();
    p.setPen(QPen(QColor(225, 225, 225), 1));
    const double xs = niceStep(box_.x1 - box_.x0), ys = niceStep(yhi - ylo);
    for (double x = std::ceil(box_.x0 / xs) * xs; x <= box_.x1; x += xs) {
        const QPointF a = map(x, ylo);
        p.setPen(QPen(QColor(225, 225, 225), 1));
        p.drawLine(a, map(x, yhi));
        p.setPen(text);
        const QString label = QString::number(std::abs(x) < 1e-12 ? 0.0 : x, 'g', 3);
        p.drawText(QRectF(a.x() - 40, a.y() + 2, 80, fm.height()), Qt::AlignHCenter, label);
    }
    for (double y = std::ceil(ylo / ys) * ys; y <= yhi; y += ys) {
        const QPointF a = map(box_.x0, y);
        p.setPen(QPen(QColor(225, 225, 225), 1));
        p.drawLine(a, map(box_.x1, y));
        p.setPen(text);
        const QString label = QString::number(std::abs(y) < 1e-12 ? 0.0 : y, 'g', 3);
        p.drawText(QRectF(0, a.y() - fm.height() / 2.0, area.left() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.setPen(QPen(text, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area);
    if (!title_.isEmpty()) p.drawText(QRectF(0, 2, width(), fm.height()), Qt::AlignHCenter, title_);
}

void FunctionView::paintLegend(QPainter& p, const QRectF& area) {
    // One row above the plot: a short line in each network's colour and its name.
    const QFontMetrics fm = fontMetrics();
    double x = area.left();
    const double y = area.top() - 0.7 * fm.height();
    for (const Track& t : tracks_) {
        QPen pen(t.color, 2.5, t.dashed ? Qt::DashLine : Qt::SolidLine);
        p.setPen(pen);
        p.drawLine(QPointF(x, y), QPointF(x + 18, y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 22, y + fm.ascent() / 2.5), t.name);
        x += 34 + fm.horizontalAdvance(t.name);
    }
}

void FunctionView::paintLine(QPainter& p) {
    const QRectF area = plotArea();
    if (area.width() < 20 || area.height() < 20) return;
    paintAxes(p, area, yLo_, yHi_);
    const Mapping map{area, box_.x0, box_.x1, yLo_, yHi_};
    p.save();
    p.setClipRect(area);
    for (const Track& t : tracks_) {
        if (t.net.inputs() != 1) continue;
        for (int i = 0; i < kCurvePoints; ++i)
            polyline_[i] = map(gridCoordinate(box_.x0, box_.x1, i, kCurvePoints), t.values(i));
        p.setPen(QPen(t.color, t.dashed ? 2.5 : 2.0, t.dashed ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(polyline_);
        // A kink: a hollow ring on the curve and a tick on the x axis, in the curve's colour.
        p.setPen(QPen(t.color, 1.8));
        for (const double kink : t.kinks) {
            double f = 0.0;
            for (int k = 0; k < t.net.width(); ++k)
                f += t.net.v(k) * std::max(0.0, t.net.W(k, 0) * kink + t.net.b(k));
            p.drawEllipse(map(kink, f), 4.5, 4.5);
            const QPointF foot = map(kink, yLo_);
            p.drawLine(foot, foot - QPointF(0, 8));
        }
    }
    p.setPen(QPen(QColor(20, 20, 20), 1));
    p.setBrush(QColor(20, 20, 20));
    for (Eigen::Index i = 0; i < X_.rows(); ++i)
        p.drawEllipse(map(X_(i, 0), y_(i)), 3.5, 3.5);
    p.restore();
    paintLegend(p, area);
}

void FunctionView::paintPlane(QPainter& p) {
    QRectF area = plotArea();
    if (area.width() < 20 || area.height() < 20) return;
    paintAxes(p, area, box_.y0, box_.y1);
    const Mapping map{area, box_.x0, box_.x1, box_.y0, box_.y1};
    const Track* shown = find(shownKey());
    if (shown && shown->net.inputs() == 2) {
        // Grid values sit at cell centres: the image reaches half a cell beyond the box.
        const double hx = area.width() / (kGridSize - 1) / 2,
                     hy = area.height() / (kGridSize - 1) / 2;
        p.save();
        p.setClipRect(area);
        p.drawImage(area.adjusted(-hx, -hy, hx, hy), heatImage_);
        p.setPen(QPen(QColor(20, 20, 20), 2));
        for (const QLineF& s : contour_)
            p.drawLine(map(s.x1(), s.y1()), map(s.x2(), s.y2()));
        p.restore();
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(area.left(), area.top() - 1.6 * fontMetrics().height(), area.width(),
                          fontMetrics().height()),
                   Qt::AlignLeft,
                   tr("%1 — contour at f = %2").arg(shown->name).arg(level_, 0, 'g', 3));
    }
    // A point coloured like the map under it is fitted; the outline keeps it visible there.
    p.setPen(QPen(QColor(20, 20, 20), 1.5));
    for (Eigen::Index i = 0; i < X_.rows(); ++i) {
        p.setBrush(QColor(heatColor(y_(i), colorLo_, level_, colorHi_)));
        p.drawEllipse(map(X_(i, 0), X_(i, 1)), 4.0, 4.0);
    }
}

void FunctionView::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, windowTitle(), event->globalPos());
}

}  // namespace smip::ui
