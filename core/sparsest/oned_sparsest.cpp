#include "core/sparsest/oned_sparsest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include "core/sparsest/verification.h"

namespace smip {

namespace {

// The sweep keeps N × 2N slope sets: a few MB at this size, far beyond what the MILP can solve.
constexpr int kMaxSamples = 400;

// A set of slopes: a union of atoms, each a point {p}, an open ray (a, ∞) or (−∞, a), or all
// reals. Comparisons lean towards "yes" within `tol`: the sweep then never needs more kinks than
// a function fitting within the tolerance does, so the bound stays valid.
struct SlopeSet {
    enum class Kind { Point, Above, Below, All };
    struct Atom {
        Kind kind;
        double at;
    };
    std::vector<Atom> atoms;

    bool empty() const { return atoms.empty(); }
    void add(Kind kind, double at = 0.0) {
        for (const Atom& a : atoms)
            if (a.kind == kind && (kind == Kind::All || a.at == at)) return;
        atoms.push_back({kind, at});
    }
    void addAll(const SlopeSet& other) {
        for (const Atom& a : other.atoms)
            add(a.kind, a.at);
    }
    bool contains(double s, double tol) const {
        for (const Atom& a : atoms) {
            if (a.kind == Kind::All) return true;
            if (a.kind == Kind::Point && std::abs(a.at - s) <= tol) return true;
            if (a.kind == Kind::Above && s > a.at - tol) return true;
            if (a.kind == Kind::Below && s < a.at + tol) return true;
        }
        return false;
    }
    // Some element below s (strictly, beyond the tolerance for points).
    bool hasBelow(double s, double tol) const {
        for (const Atom& a : atoms)
            if (a.kind == Kind::All || a.kind == Kind::Below ||
                (a.kind == Kind::Above && a.at < s) || (a.kind == Kind::Point && a.at < s - tol))
                return true;
        return false;
    }
    bool hasAbove(double s, double tol) const {
        for (const Atom& a : atoms)
            if (a.kind == Kind::All || a.kind == Kind::Above ||
                (a.kind == Kind::Below && a.at > s) || (a.kind == Kind::Point && a.at > s + tol))
                return true;
        return false;
    }
    // An element below s, at least `step` below it where the set allows.
    double pickBelow(double s, double tol, double step) const {
        if (0.0 < s - tol && contains(0.0, 0.0)) return 0.0;  // flat: see pick()
        for (const Atom& a : atoms)
            if (a.kind == Kind::Point && a.at < s - tol) return a.at;
        for (const Atom& a : atoms) {
            if (a.kind == Kind::Above && a.at < s) return 0.5 * (a.at + s);
            if (a.kind == Kind::Below) return std::min(a.at, s) - step;
            if (a.kind == Kind::All) return s - step;
        }
        return s - step;  // not reached when hasBelow holds
    }
    double pickAbove(double s, double tol, double step) const {
        if (0.0 > s + tol && contains(0.0, 0.0)) return 0.0;
        for (const Atom& a : atoms)
            if (a.kind == Kind::Point && a.at > s + tol) return a.at;
        for (const Atom& a : atoms) {
            if (a.kind == Kind::Below && a.at > s) return 0.5 * (a.at + s);
            if (a.kind == Kind::Above) return std::max(a.at, s) + step;
            if (a.kind == Kind::All) return s + step;
        }
        return s + step;
    }
    // Any element: 0 when the set holds it (a flat piece lets the line the kinks leave over be
    // a constant, one nonzero instead of two), else `hint` when it holds that.
    double pick(double hint, double step) const {
        if (contains(0.0, 0.0)) return 0.0;
        if (contains(hint, 0.0)) return hint;
        for (const Atom& a : atoms)
            if (a.kind == Kind::Point) return a.at;
        for (const Atom& a : atoms) {
            if (a.kind == Kind::Above) return a.at + step;
            if (a.kind == Kind::Below) return a.at - step;
        }
        return hint;
    }
};

// in[j][k], outs[j][k]: slopes arriving at / leaving point first + j with k kinks since `first`.
struct SweepTables {
    std::vector<std::vector<SlopeSet>> in, outs;
};

// The sweep from point `first` to the last point: one kink inside a gap turns the secant's one
// side into the other, two allow any slope; a kink at a point lets any slope leave it.
SweepTables forwardSweep(const std::vector<double>& s, int first, double tol, int maxK) {
    const int N = static_cast<int>(s.size()) + 1;
    SweepTables t;
    t.in.assign(static_cast<std::size_t>(N - first), std::vector<SlopeSet>(maxK + 1));
    t.outs = t.in;
    t.outs[0][0].add(SlopeSet::Kind::All);
    for (int i = first; i + 1 < N; ++i) {
        const double si = s[static_cast<std::size_t>(i)];
        const auto& o = t.outs[static_cast<std::size_t>(i - first)];
        auto& next = t.in[static_cast<std::size_t>(i + 1 - first)];
        for (int k = 0; k <= maxK; ++k) {
            const SlopeSet& ok = o[static_cast<std::size_t>(k)];
            if (ok.empty()) continue;
            if (ok.contains(si, tol)) next[k].add(SlopeSet::Kind::Point, si);
            if (k + 1 <= maxK && ok.hasBelow(si, tol)) next[k + 1].add(SlopeSet::Kind::Above, si);
            if (k + 1 <= maxK && ok.hasAbove(si, tol)) next[k + 1].add(SlopeSet::Kind::Below, si);
            if (k + 2 <= maxK) next[k + 2].add(SlopeSet::Kind::All);
        }
        if (i + 1 == N - 1) break;
        auto& leave = t.outs[static_cast<std::size_t>(i + 1 - first)];
        for (int k = 0; k <= maxK; ++k) {
            leave[k].addAll(next[k]);
            if (k > 0 && !next[k - 1].empty()) leave[k].add(SlopeSet::Kind::All);
        }
    }
    return t;
}

std::vector<double> secantSlopes(const OneDimensionalPoints& p) {
    std::vector<double> s;
    for (std::size_t i = 0; i + 1 < p.x.size(); ++i)
        s.push_back((p.y[i + 1] - p.y[i]) / (p.x[i + 1] - p.x[i]));
    return s;
}

struct Kink {
    double t;  // position
    double c;  // slope change
};

// Appends units (v, w, b) that carry the affine part a·x + c on [lo, hi], active on every point:
// none, one constant, one unit when it keeps one sign, else a·x (one or two units) plus a constant.
void unitsForLine(double a, double c, double lo, double hi, double tol,
                  std::vector<Eigen::Vector3d>& units) {
    const bool zeroA = std::abs(a) <= tol, zeroC = std::abs(c) <= tol;
    if (zeroA && zeroC) return;
    if (zeroA) {
        units.push_back({c > 0 ? 1.0 : -1.0, 0.0, std::abs(c)});
        return;
    }
    const double atLo = a * lo + c, atHi = a * hi + c;
    const bool nonNegative = atLo >= 0.0 && atHi >= 0.0, nonPositive = atLo <= 0.0 && atHi <= 0.0;
    if (!zeroC && (nonNegative || nonPositive)) {  // one sign on the data: one unit
        const double v = nonNegative ? 1.0 : -1.0;
        units.push_back({v, v * a, v * c});
        return;
    }
    // a·x on its own: one unit when the data keep one side of 0, else two.
    if (lo >= 0.0 || hi <= 0.0) {
        const double w = lo >= 0.0 ? std::abs(a) : -std::abs(a);
        units.push_back({a / w > 0 ? 1.0 : -1.0, w, 0.0});
    } else {
        units.push_back({a > 0 ? 1.0 : -1.0, std::abs(a), 0.0});
        units.push_back({a > 0 ? -1.0 : 1.0, -std::abs(a), 0.0});
    }
    if (!zeroC) units.push_back({c > 0 ? 1.0 : -1.0, 0.0, std::abs(c)});
}

// The cheapest network for kinks plus the first piece's line L0(x) = a0·x + c0: each kink is one
// unit facing right or left; facing left moves c·(x − t) into the remaining line, which units
// active on every point carry. Every choice of facings is tried when there are few kinks.
ShallowReluNet bestNetwork(const std::vector<Kink>& kinks, double a0, double c0, double lo,
                           double hi, bool countBiases, double tol) {
    const int n = static_cast<int>(kinks.size());
    // Up to 14 kinks every facing is tried; beyond, all right or all left.
    const bool everyChoice = n <= 14;
    const long long choices = everyChoice ? (1LL << n) : 2;
    ShallowReluNet best;
    int bestCost = std::numeric_limits<int>::max();
    std::vector<Eigen::Vector3d> units;
    for (long long mask = 0; mask < choices; ++mask) {
        units.clear();
        double a = a0, c = c0;
        for (int j = 0; j < n; ++j) {
            const Kink& k = kinks[static_cast<std::size_t>(j)];
            const double v = k.c > 0 ? 1.0 : -1.0, mag = std::abs(k.c);
            const bool left = everyChoice ? ((mask >> j) & 1) != 0 : mask == 1;
            if (left) {  // c·relu(t − x)
                units.push_back({v, -mag, mag * k.t});
                a += k.c;
                c -= k.c * k.t;
            } else {  // c·relu(x − t)
                units.push_back({v, mag, -mag * k.t});
            }
        }
        unitsForLine(a, c, lo, hi, tol, units);
        const ShallowReluNet net = oneInputNetwork(units);
        const int cost = countSparsestNonzeros(net, countBiases, 0.0);
        if (cost < bestCost) bestCost = cost, best = net;
    }
    return best;
}

}  // namespace

ShallowReluNet oneInputNetwork(const std::vector<Eigen::Vector3d>& units) {
    ShallowReluNet net;
    const int k = static_cast<int>(units.size());
    net.W.resize(k, 1);
    net.b.resize(k);
    net.v.resize(k);
    for (int i = 0; i < k; ++i) {
        net.v[i] = units[static_cast<std::size_t>(i)][0];
        net.W(i, 0) = units[static_cast<std::size_t>(i)][1];
        net.b[i] = units[static_cast<std::size_t>(i)][2];
    }
    return net;
}

OneDimensionalPoints sortedDistinctPoints(const Eigen::MatrixXd& X, const Eigen::VectorXd& y) {
    OneDimensionalPoints p;
    if (X.cols() != 1 || X.rows() == 0 || X.rows() != y.size()) {
        p.reason = "needs one input and at least one sample";
        return p;
    }
    std::vector<int> order(static_cast<std::size_t>(X.rows()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return X(a, 0) < X(b, 0); });
    for (int i : order) {
        if (!p.x.empty() && X(i, 0) == p.x.back()) {
            if (y[i] != p.y.back()) {
                p.reason = "two samples have the same input and different targets";
                p.x.clear();
                p.y.clear();
                return p;
            }
            continue;
        }
        p.x.push_back(X(i, 0));
        p.y.push_back(y[i]);
    }
    // Slopes closer than this count as equal: over the data's span they move a value by about
    // 1e-9·(1 + max|y|), the rank bound's notion of an exact fit.
    if (p.x.size() > 1)
        p.slopeTolerance = 1e-9 * (1.0 + y.cwiseAbs().maxCoeff()) / (p.x.back() - p.x.front());
    return p;
}

std::vector<std::vector<int>> fewestKinksBetween(const OneDimensionalPoints& points) {
    const int N = static_cast<int>(points.x.size());
    std::vector<std::vector<int>> kinks(static_cast<std::size_t>(N), std::vector<int>(N, 0));
    const std::vector<double> s = secantSlopes(points);
    for (int i = 0; i + 2 < N; ++i) {
        const SweepTables t = forwardSweep(s, i, points.slopeTolerance, 2 * N);
        for (int j = i + 2; j < N; ++j) {
            const auto& arrive = t.in[static_cast<std::size_t>(j - i)];
            int k = 0;
            while (arrive[static_cast<std::size_t>(k)].empty())
                ++k;
            kinks[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = k;
        }
    }
    return kinks;
}

OneDimensionalSparsest oneDimensionalSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                              bool countBiases) {
    OneDimensionalSparsest out;
    const OneDimensionalPoints points = sortedDistinctPoints(X, y);
    if (!points.reason.empty()) {
        out.reason = points.reason;
        return out;
    }
    const std::vector<double>& xs = points.x;
    const std::vector<double>& ys = points.y;
    const int N = static_cast<int>(xs.size());
    if (N > kMaxSamples) {
        out.reason = "more than " + std::to_string(kMaxSamples) + " distinct inputs";
        return out;
    }
    const double yScale = 1.0 + y.cwiseAbs().maxCoeff();
    out.computed = true;
    // A nonzero target needs at least one counted nonzero (a weight, or a bias when biases count;
    // uncounted, a constant unit is free).
    const bool anyTarget = y.cwiseAbs().maxCoeff() > 1e-9 * yScale && countBiases;
    if (N == 1) {
        out.lowerBound = anyTarget ? 1 : 0;
        std::vector<Eigen::Vector3d> units;
        unitsForLine(0.0, ys[0], xs[0], xs[0], 0.0, units);
        out.net = oneInputNetwork(units);
    } else {
        const std::vector<double> s = secantSlopes(points);
        double slopeScale = 0.0;
        for (double si : s)
            slopeScale = std::max(slopeScale, std::abs(si));
        const double tol = points.slopeTolerance;
        const double step = 0.5 * (1.0 + slopeScale);
        const int maxK = 2 * N;
        const SweepTables sweep = forwardSweep(s, 0, tol, maxK);
        const auto& in = sweep.in;
        const auto& outs = sweep.outs;
        int K = -1;
        for (int k = 0; k <= maxK && K < 0; ++k)
            if (!in[static_cast<std::size_t>(N - 1)][static_cast<std::size_t>(k)].empty()) K = k;
        out.minKinks = K;
        const bool zeroInside = xs.front() < 0.0 && 0.0 < xs.back();
        out.lowerBound = countBiases ? 2 * K - (zeroInside && K > 0 ? 1 : 0) : K;
        if (K == 0 && anyTarget) out.lowerBound = std::max(out.lowerBound, 1);

        // Back from the last point: the slope on each side of each point and the kinks between.
        std::vector<Kink> kinks;
        int k = K;
        double beta = in[N - 1][K].pick(s[N - 2], step);  // arriving at the last point
        double firstSlope = beta;
        for (int i = N - 2; i >= 0; --i) {
            const double si = s[static_cast<std::size_t>(i)];
            const double len = xs[i + 1] - xs[i];
            const auto& o = outs[static_cast<std::size_t>(i)];
            double alpha;  // the slope leaving point i
            const auto oneKink = [&](double a) {
                // Where the lines through (x_i, y_i) with slope a and through (x_i+1, y_i+1) with
                // slope beta meet: strictly inside the gap, as the secant lies between them.
                const double t = (ys[i + 1] - ys[i] - beta * xs[i + 1] + a * xs[i]) / (a - beta);
                kinks.push_back({t, beta - a});
            };
            if (std::abs(beta - si) <= tol && o[k].contains(si, tol)) {
                alpha = si;  // no kink in this gap
            } else if (k >= 1 && beta > si && o[k - 1].hasBelow(si, tol)) {
                alpha = o[k - 1].pickBelow(si, tol, step);
                --k;
                oneKink(alpha);
            } else if (k >= 1 && beta < si && o[k - 1].hasAbove(si, tol)) {
                alpha = o[k - 1].pickAbove(si, tol, step);
                --k;
                oneKink(alpha);
            } else {
                alpha = o[k - 2].pick(si, step);
                k -= 2;
                // Two kinks at a third and two thirds of the gap, joined by a straight piece.
                const double t1 = xs[i] + len / 3.0, t2 = xs[i] + 2.0 * len / 3.0;
                const double f1 = ys[i] + alpha * (t1 - xs[i]);
                const double f2 = ys[i + 1] - beta * (xs[i + 1] - t2);
                const double mid = (f2 - f1) / (t2 - t1);
                kinks.push_back({t2, beta - mid});
                kinks.push_back({t1, mid - alpha});
            }
            firstSlope = alpha;
            if (i == 0) break;
            // At point i: no kink when alpha can arrive there, else a kink at the point.
            const auto& arrive = in[static_cast<std::size_t>(i)];
            if (arrive[k].contains(alpha, tol)) {
                beta = alpha;
            } else {
                beta = arrive[k - 1].pick(s[static_cast<std::size_t>(i - 1)], step);
                kinks.push_back({xs[i], alpha - beta});
                --k;
            }
        }
        std::erase_if(kinks, [&](const Kink& kk) { return std::abs(kk.c) <= tol; });
        out.net = bestNetwork(kinks, firstSlope, ys[0] - firstSlope * xs[0], xs.front(), xs.back(),
                              countBiases, 1e-12 * (1.0 + slopeScale));
    }
    out.maxResidual = out.net.width() > 0 ? (predict(out.net, X) - y).cwiseAbs().maxCoeff()
                                          : y.cwiseAbs().maxCoeff();
    out.hasNetwork = out.maxResidual <= 1e-9 * yScale;
    out.nonzeros = countSparsestNonzeros(out.net, countBiases);
    return out;
}

}  // namespace smip
