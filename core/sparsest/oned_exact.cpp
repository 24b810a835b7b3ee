#include "core/sparsest/oned_exact.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/sparsest/fit_repair.h"
#include "core/sparsest/oned_sparsest.h"
#include "core/sparsest/verification.h"

namespace smip {

namespace {

// Beyond this the model has hundreds of binaries and N² kink rows; the general model is as good.
constexpr int kMaxPoints = 60;

enum class Facing { Right, Left, All };

// One slot: units with their kink in gap [x_gap, x_gap+1] facing one way (or active on every
// point), output sign `sign`; tied: one binary counts the weight and the bias.
struct Slot {
    int gap = -1;
    Facing facing = Facing::All;
    int sign = 1;
    int aCol = -1, eCol = -1, tCol = -1, sCol = -1;
    bool tied() const { return tCol == sCol; }
};

bool activeAt(const Slot& s, int n) {
    switch (s.facing) {
        case Facing::Right:
            return n > s.gap;
        case Facing::Left:
            return n <= s.gap;
        case Facing::All:
            break;
    }
    return true;
}

struct SlotModel {
    MilpProblem problem;
    std::vector<Slot> slots;
    int kinkRows = 0;
};

std::string slotName(const Slot& s) {
    const char* facing = s.facing == Facing::Right ? "R" : s.facing == Facing::Left ? "L" : "A";
    return (s.gap >= 0 ? "g" + std::to_string(s.gap) : std::string("all")) + facing +
           (s.sign > 0 ? "p" : "m");
}

// Columns and pattern rows of one slot. σ(a·x + e) is the unit's pre-activation w·x + b.
void addSlot(SlotModel& m, const OneDimensionalPoints& p, Slot s, double Mw, double Mb) {
    MilpProblem& P = m.problem;
    const std::string name = slotName(s);
    const double sg = s.sign;
    // Facing right means w > 0, so a = σ·w has the sign σ; facing left the opposite.
    const double aSign = s.facing == Facing::All ? 0.0 : (s.facing == Facing::Right ? sg : -sg);
    s.aCol = P.addColumn("a_" + name, aSign < 0 ? -Mw : (aSign > 0 ? 0.0 : -Mw),
                         aSign > 0 ? Mw : (aSign < 0 ? 0.0 : Mw));
    s.eCol = P.addColumn("e_" + name, -Mb, Mb);
    const bool zeroInGap = s.gap >= 0 && p.x[s.gap] <= 0.0 && 0.0 <= p.x[s.gap + 1];
    const bool tie = s.facing != Facing::All && !zeroInGap;
    s.tCol = P.addBinary("t_" + name, tie ? 2.0 : 1.0);
    s.sCol = tie ? s.tCol : P.addBinary("s_" + name, 1.0);
    const auto value = [&](const std::string& row, double x, double lower, double upper) {
        P.addRow(row + "_" + name, {s.aCol, s.eCol}, {sg * x, sg}, lower, upper);
    };
    if (s.facing == Facing::All) {
        value("on_first", p.x.front(), 0.0, kInf);
        value("on_last", p.x.back(), 0.0, kInf);
    } else {
        const bool right = s.facing == Facing::Right;
        value("gap_lo", p.x[s.gap], right ? -kInf : 0.0, right ? 0.0 : kInf);
        value("gap_hi", p.x[s.gap + 1], right ? 0.0 : -kInf, right ? kInf : 0.0);
    }
    // |a| ≤ Mw·t, |e| ≤ Mb·s.
    P.addRow("a_hi_" + name, {s.aCol, s.tCol}, {1.0, -Mw}, -kInf, 0.0);
    P.addRow("a_lo_" + name, {s.aCol, s.tCol}, {1.0, Mw}, 0.0, kInf);
    P.addRow("e_hi_" + name, {s.eCol, s.sCol}, {1.0, -Mb}, -kInf, 0.0);
    P.addRow("e_lo_" + name, {s.eCol, s.sCol}, {1.0, Mb}, 0.0, kInf);
    m.slots.push_back(s);
}

// Every pair of points whose kink count is not implied by a shorter pair: the gaps between them
// hold at least that many used slots.
void addKinkRows(SlotModel& m, const OneDimensionalPoints& p) {
    const auto kinks = fewestKinksBetween(p);
    const int N = static_cast<int>(p.x.size());
    const auto K = [&](int i, int j) {
        return kinks[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    };
    for (int i = 0; i + 2 < N; ++i)
        for (int j = i + 2; j < N; ++j) {
            const int need = K(i, j);
            if (need == 0 || need <= K(i, j - 1) || need <= K(i + 1, j)) continue;
            std::vector<int> cols;
            for (const Slot& s : m.slots)
                if (s.facing != Facing::All && i <= s.gap && s.gap <= j - 1) cols.push_back(s.tCol);
            m.problem.addRow("kinks_" + std::to_string(i) + "_" + std::to_string(j), cols,
                             std::vector<double>(cols.size(), 1.0), need, kInf);
            ++m.kinkRows;
        }
}

SlotModel buildSlotModel(const OneDimensionalPoints& p, double Mw, double Mb, int floor) {
    SlotModel m;
    m.problem.name = "sparsest_1d_slots";
    const int N = static_cast<int>(p.x.size());
    for (int g = 0; g + 1 < N; ++g)
        for (Facing f : {Facing::Right, Facing::Left})
            for (int sign : {1, -1})
                addSlot(m, p, {g, f, sign}, Mw, Mb);
    for (int sign : {1, -1})
        addSlot(m, p, {-1, Facing::All, sign}, Mw, Mb);
    for (int n = 0; n < N; ++n) {
        std::vector<int> cols;
        std::vector<double> coefs;
        for (const Slot& s : m.slots)
            if (activeAt(s, n)) {
                cols.insert(cols.end(), {s.aCol, s.eCol});
                coefs.insert(coefs.end(), {p.x[n], 1.0});
            }
        m.problem.addRow("fit_" + std::to_string(n), cols, coefs, p.y[n], p.y[n]);
    }
    addKinkRows(m, p);
    if (floor > 0) {
        std::vector<int> cols;
        std::vector<double> costs;
        for (int c = 0; c < static_cast<int>(m.problem.columns.size()); ++c)
            if (m.problem.columns[static_cast<std::size_t>(c)].cost != 0.0) {
                cols.push_back(c);
                costs.push_back(m.problem.columns[static_cast<std::size_t>(c)].cost);
            }
        m.problem.addRow("known_floor", cols, costs, floor, kInf);
    }
    return m;
}

// The slot a unit falls in on these points, or −1 when it is zero on all of them.
int slotOf(const SlotModel& m, const OneDimensionalPoints& p, double v, double w, double b) {
    const int N = static_cast<int>(p.x.size());
    const int sign = v > 0 ? 1 : -1;
    Facing facing = Facing::All;
    int gap = -1;
    if (w == 0.0) {
        if (b <= 0.0) return -1;
    } else {
        const double kink = -b / w;
        const bool right = w > 0.0;
        if (kink <= p.x.front() || kink >= p.x.back()) {
            // Affine on the data when it faces into the range, zero when it faces away.
            if ((kink <= p.x.front()) != right) return -1;
        } else {
            facing = right ? Facing::Right : Facing::Left;
            gap =
                static_cast<int>(std::upper_bound(p.x.begin(), p.x.end(), kink) - p.x.begin()) - 1;
            gap = std::clamp(gap, 0, N - 2);
        }
    }
    for (std::size_t i = 0; i < m.slots.size(); ++i)
        if (m.slots[i].facing == facing && m.slots[i].gap == gap && m.slots[i].sign == sign)
            return static_cast<int>(i);
    return -1;
}

// The start network's units summed per slot (a = σ·w, e = σ·b with σ = v).
std::vector<double> slotStart(const SlotModel& m, const OneDimensionalPoints& p,
                              const ShallowReluNet& net) {
    std::vector<double> x(m.problem.columns.size(), 0.0);
    for (int k = 0; k < net.width(); ++k) {
        const double v = net.v[k], w = net.W(k, 0), b = net.b[k];
        if (w == 0.0 && b == 0.0) continue;
        const int i = slotOf(m, p, v, w, b);
        if (i < 0) continue;
        const Slot& s = m.slots[static_cast<std::size_t>(i)];
        x[static_cast<std::size_t>(s.aCol)] += s.sign * w;
        x[static_cast<std::size_t>(s.eCol)] += s.sign * b;
    }
    for (const Slot& s : m.slots) {
        const bool a = x[static_cast<std::size_t>(s.aCol)] != 0.0;
        const bool e = x[static_cast<std::size_t>(s.eCol)] != 0.0;
        x[static_cast<std::size_t>(s.tCol)] = (a || (s.tied() && e)) ? 1.0 : 0.0;
        if (!s.tied()) x[static_cast<std::size_t>(s.sCol)] = e ? 1.0 : 0.0;
    }
    return x;
}

// One unit per used slot; a value whose binary is 0 is CBC's rounding and is dropped.
ShallowReluNet decodeSlots(const SlotModel& m, const std::vector<double>& sol) {
    std::vector<Eigen::Vector3d> units;
    for (const Slot& s : m.slots) {
        const double a = sol[static_cast<std::size_t>(s.tCol)] > 0.5
                             ? sol[static_cast<std::size_t>(s.aCol)]
                             : 0.0;
        const double e = sol[static_cast<std::size_t>(s.sCol)] > 0.5
                             ? sol[static_cast<std::size_t>(s.eCol)]
                             : 0.0;
        if (a == 0.0 && e == 0.0) continue;
        units.push_back({static_cast<double>(s.sign), s.sign * a, s.sign * e});
    }
    return oneInputNetwork(units);
}

bool holds(const ShallowReluNet& net, double wBound, double bBound) {
    if (net.width() == 0) return true;
    return net.W.cwiseAbs().maxCoeff() <= wBound * (1.0 + 1e-9) &&
           net.b.cwiseAbs().maxCoeff() <= bBound * (1.0 + 1e-9);
}

// The decoded network, re-evaluated; when CBC's tolerances left it just outside an exact fit, the
// repair LP (its support and pattern fixed) puts it back.
void takeNetwork(OneDimensionalExact& out, const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                 ShallowReluNet net, std::stop_token stop, const MilpBackend& backend) {
    const double limit = exactFitLimit(y, 0.0);
    const auto residual = [&](const ShallowReluNet& n) {
        return n.width() > 0 ? (predict(n, X) - y).cwiseAbs().maxCoeff() : y.cwiseAbs().maxCoeff();
    };
    if (residual(net) > limit) {
        const FitRepair r = repairToFit(X, y, net, true, 0.0, stop, backend);
        if (!r.fits) return;
        net = r.net;
    }
    // Wide big-Ms let CBC pick needlessly steep pieces; the bounds a caller raises follow them.
    net = smallestWeightsOf(X, y, net, true, 0.0, stop, backend);
    out.maxResidual = residual(net);
    if (out.maxResidual > limit) return;
    out.hasNetwork = true;
    out.net = std::move(net);
    out.nonzeros = countSparsestNonzeros(out.net, true);
}

}  // namespace

OneDimensionalExact solveOneDimensionalExact(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                             const OneDimensionalExactOptions& options,
                                             std::stop_token stop, const MilpBackend& backend) {
    OneDimensionalExact out;
    const OneDimensionalPoints p = sortedDistinctPoints(X, y);
    const int startCost = options.start ? countSparsestNonzeros(*options.start, true) : 0;
    const int maxUnits = options.maxUnits > 0 ? options.maxUnits : startCost;
    if (!p.reason.empty()) {
        out.reason = p.reason;
        return out;
    }
    if (p.x.size() < 2 || static_cast<int>(p.x.size()) > kMaxPoints || maxUnits <= 0) {
        out.reason = maxUnits <= 0
                         ? "no known network to improve on"
                         : "needs 2 to " + std::to_string(kMaxPoints) + " distinct inputs";
        return out;
    }
    // One slot may hold every unit of an improving network: the relaxation stays valid.
    const SlotModel m = buildSlotModel(p, maxUnits * options.wBound, maxUnits * options.bBound,
                                       options.knownLowerBound);
    out.computed = true;
    out.slotCount = static_cast<int>(m.slots.size());
    out.kinkRows = m.kinkRows;
    MilpOptions mo;
    mo.timeLimitSeconds = options.timeLimitSeconds;
    mo.logLevel = 0;
    if (options.start) mo.mipStart = slotStart(m, p, *options.start);
    const MilpResult r = backend.solve(m.problem, mo, {}, stop);
    out.status = r.status;
    out.nodes = r.nodes;
    out.seconds = r.seconds;
    if (r.status == MilpStatus::Optimal && r.hasSolution)
        out.lowerBound = static_cast<int>(std::lround(r.objective));
    else if (std::isfinite(r.bestBound) &&
             (r.status == MilpStatus::FeasibleAtLimit ||
              r.status == MilpStatus::NoSolutionAtLimit || r.status == MilpStatus::Cancelled))
        out.lowerBound = static_cast<int>(std::ceil(r.bestBound - 1e-6));
    // A relaxation cannot exceed a network that fits; if rounding ever made it, trust the network.
    if (startCost > 0) out.lowerBound = std::min(out.lowerBound, startCost);
    out.lowerBound = std::max(out.lowerBound, options.knownLowerBound);
    if (r.hasSolution) takeNetwork(out, X, y, decodeSlots(m, r.solution), stop, backend);
    out.withinBounds = out.hasNetwork && holds(out.net, options.wBound, options.bBound);
    return out;
}

}  // namespace smip
