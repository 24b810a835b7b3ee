#pragma once
// The function a ShallowReluNet computes, evaluated on a fixed grid for drawing it: a curve over x
// for one input, a value grid over the plane for two. The caller owns the buffers and sizes them
// once, so a live view redrawn many times a second does not allocate per point or per redraw.
#include <vector>

#include "core/nn/shallow_relu_net.h"

namespace smip {

/// An axis-aligned box of the input plane (or an interval when only x is used).
struct PlotBox {
    double x0 = -1.0, x1 = 1.0;  ///< x from x0 (first grid column) to x1 (last)
    double y0 = -1.0, y1 = 1.0;  ///< y from y0 (last grid row, bottom) to y1 (first row, top)
};

/// x of grid point i of `count` evenly spaced points from x0 to x1 (count ≥ 2).
inline double gridCoordinate(double x0, double x1, int i, int count) {
    return x0 + (x1 - x0) * double(i) / double(count - 1);
}

/// out[i] = f(x_i) at out.size() ≥ 2 evenly spaced x_i from box.x0 to box.x1. Precondition:
/// net.inputs() == 1. No allocation.
void evaluateOnLine(const ShallowReluNet& net, const PlotBox& box, VecRef out);

/// out(r, c) = f(x_c, y_r) with columns from box.x0 to box.x1 and rows from box.y1 (top) down to
/// box.y0, as an image is laid out. Precondition: net.inputs() == 2, out at least 2 × 2. No
/// allocation.
void evaluateOnGrid(const ShallowReluNet& net, const PlotBox& box, MatRef out);

/// The kinks of a one-input net: x = −b_k/w_k of every unit whose path |v_k·w_k| > eps (a unit
/// without one adds no kink), kept when inside [lo, hi], sorted. Writes into `out` (cleared
/// first; its capacity is reused).
void reluBreakpoints(const ShallowReluNet& net, double eps, double lo, double hi,
                     std::vector<double>& out);

}  // namespace smip
