#include "core/nn/net_function.h"

#include <algorithm>
#include <cmath>

namespace smip {

void evaluateOnLine(const ShallowReluNet& net, const PlotBox& box, VecRef out) {
    const int count = static_cast<int>(out.size());
    const int K = net.width();
    for (int i = 0; i < count; ++i) {
        const double x = gridCoordinate(box.x0, box.x1, i, count);
        double f = 0.0;
        for (int k = 0; k < K; ++k)
            f += net.v(k) * std::max(0.0, net.W(k, 0) * x + net.b(k));
        out(i) = f;
    }
}

void evaluateOnGrid(const ShallowReluNet& net, const PlotBox& box, MatRef out) {
    const int rows = static_cast<int>(out.rows()), cols = static_cast<int>(out.cols());
    const int K = net.width();
    for (int r = 0; r < rows; ++r) {
        const double y = gridCoordinate(box.y1, box.y0, r, rows);  // top row first
        for (int c = 0; c < cols; ++c) {
            const double x = gridCoordinate(box.x0, box.x1, c, cols);
            double f = 0.0;
            for (int k = 0; k < K; ++k)
                f += net.v(k) * std::max(0.0, net.W(k, 0) * x + net.W(k, 1) * y + net.b(k));
            out(r, c) = f;
        }
    }
}

void reluBreakpoints(const ShallowReluNet& net, double eps, double lo, double hi,
                     std::vector<double>& out) {
    out.clear();
    for (int k = 0; k < net.width(); ++k) {
        const double w = net.W(k, 0);
        if (!(std::abs(net.v(k) * w) > eps)) continue;
        const double kink = -net.b(k) / w;
        if (kink >= lo && kink <= hi) out.push_back(kink);
    }
    std::sort(out.begin(), out.end());
}

}  // namespace smip
