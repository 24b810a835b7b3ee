#include "ui/perceptron/decision_regions.h"

#include <QColor>
#include <algorithm>
#include <cmath>

#include "ui/charts/scatter_plot.h"

namespace smip::ui {

namespace {
QRgb lightColor(int c) {  // class color mixed 70 % toward white: points stay readable on top
    const QColor k = ScatterPlot::classColor(c);
    auto mix = [](int v) { return static_cast<int>(std::lround(0.3 * v + 0.7 * 255)); };
    return qRgb(mix(k.red()), mix(k.green()), mix(k.blue()));
}
}  // namespace

QRectF paddedBounds(const Eigen::MatrixXd& X, double pad) {
    if (X.rows() == 0 || X.cols() < 2) return QRectF(-1, -1, 2, 2);
    double x0 = X.col(0).minCoeff(), x1 = X.col(0).maxCoeff();
    double y0 = X.col(1).minCoeff(), y1 = X.col(1).maxCoeff();
    const double px = x1 > x0 ? (x1 - x0) * pad : 0.5, py = y1 > y0 ? (y1 - y0) * pad : 0.5;
    return QRectF(QPointF(x0 - px, y0 - py), QPointF(x1 + px, y1 + py));
}

DecisionRegions computeDecisionRegions(const PerceptronNet& net, const QRectF& extent, QSize size) {
    DecisionRegions out;
    out.extent = extent;
    if (net.inputs() != 2 || size.isEmpty() || !extent.isValid()) return out;
    const int w = size.width(), h = size.height();
    // One forward pass over the whole grid (w·h rows): Eigen does the work, not a pixel loop.
    Eigen::MatrixXd grid(static_cast<Eigen::Index>(w) * h, 2);
    for (int r = 0; r < h; ++r) {
        const double y = extent.bottom() - (r + 0.5) / h * extent.height();  // row 0 = max y
        for (int c = 0; c < w; ++c) {
            grid(static_cast<Eigen::Index>(r) * w + c, 0) =
                extent.left() + (c + 0.5) / w * extent.width();
            grid(static_cast<Eigen::Index>(r) * w + c, 1) = y;
        }
    }
    const PerceptronForward f = net.forward(grid);
    out.image = QImage(w, h, QImage::Format_RGB32);
    for (int r = 0; r < h; ++r) {
        auto* line = reinterpret_cast<QRgb*>(out.image.scanLine(r));
        for (int c = 0; c < w; ++c)
            line[c] = lightColor(f.predicted(static_cast<Eigen::Index>(r) * w + c));
    }
    out.lines = perceptronLines(net, extent);
    return out;
}

QVector<QLineF> perceptronLines(const PerceptronNet& net, const QRectF& extent) {
    QVector<QLineF> lines;
    if (net.inputs() != 2) return lines;
    // Unit i fires when Σ_j ω_ij·s·(x_j − min_j)/range_j + b_i ≥ 0 (s = integerScale in integer
    // mode, else 1; a constant feature maps to 0). In data coordinates: a·x + c·y + d = 0.
    const double s = net.integerInputs ? net.integerScale : 1.0;
    for (int i = 0; i < net.hidden(); ++i) {
        double coef[2] = {0, 0}, d = net.b(i);
        for (int j = 0; j < 2; ++j) {
            const double range = net.featureRange.size() > j ? net.featureRange(j) : 1.0;
            const double lo = net.featureMin.size() > j ? net.featureMin(j) : 0.0;
            if (!(range > 0.0)) continue;
            coef[j] = net.W(i, j) * s / range;
            d -= coef[j] * lo;
        }
        const double a = coef[0], c = coef[1];
        if (std::abs(a) < 1e-12 && std::abs(c) < 1e-12) continue;  // no inputs: no line
        if (std::abs(c) >= std::abs(a)) {  // mostly horizontal: parametrize by x
            const double xa = extent.left() - extent.width(), xb = extent.right() + extent.width();
            lines.push_back(QLineF(xa, -(a * xa + d) / c, xb, -(a * xb + d) / c));
        } else {
            const double ya = extent.top() - extent.height(),
                         yb = extent.bottom() + extent.height();
            lines.push_back(QLineF(-(c * ya + d) / a, ya, -(c * yb + d) / a, yb));
        }
    }
    return lines;
}

}  // namespace smip::ui
