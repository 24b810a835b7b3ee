#include "core/adversarial/attack_milp.h"

#include <algorithm>
#include <chrono>

#include "core/adversarial/lp_tightening.h"

namespace smip {

const char* boundTighteningId(BoundTightening t) {
    switch (t) {
        case BoundTightening::None:
            return "none";
        case BoundTightening::Interval:
            return "interval";
        case BoundTightening::Lp:
            return "lp";
    }
    return "interval";
}

bool parseBoundTightening(const std::string& text, BoundTightening& out) {
    if (text == "none")
        out = BoundTightening::None;
    else if (text == "interval")
        out = BoundTightening::Interval;
    else if (text == "lp")
        out = BoundTightening::Lp;
    else
        return false;
    return true;
}

AttackBounds computeAttackBounds(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                 const Eigen::VectorXd& inHi, int trueClass, BoundTightening mode,
                                 const BoundsStepHook& onStep, std::stop_token stop,
                                 double lpTimeLimit, const MilpBackend& backend) {
    const auto t0 = std::chrono::steady_clock::now();
    AttackBounds ab;
    ab.mode = mode;
    ab.layers = intervalBounds(net, inLo, inHi);
    ab.intervalStats = boundStats(ab.layers);
    if (mode == BoundTightening::None) ab.layers = globalBigMBounds(ab.layers);
    const bool lp = mode == BoundTightening::Lp;
    // One LP batch per hidden layer after the first, then one for the logit differences.
    const int steps = net.hiddenLayerCount();
    LpTighteningReport report;
    if (lp) {
        LpTighteningOptions opt;
        opt.timeLimitPerLp = lpTimeLimit;
        if (onStep)
            opt.onLayer = [&](int layer, int neurons) {
                onStep(layer, steps,
                       "LP tightening layer " + std::to_string(layer + 1) + " (" +
                           std::to_string(neurons) + " neurons)");
            };
        report = tightenBoundsLp(net, inLo, inHi, ab.layers, opt, stop, backend);
    }
    // Bounds of the logit differences z_j − z_true = (W_j − W_t)·h + (b_j − b_t): intervals over
    // the last hidden box (tighter than lower_j − upper_t), then LPs in Lp mode.
    const int L = net.layerCount() - 1;
    const int C = net.outputSize();
    ab.diffLower = Eigen::VectorXd::Zero(C);
    ab.diffUpper = Eigen::VectorXd::Zero(C);
    Eigen::VectorXd hLo, hHi;
    activationBox(ab.layers, L - 1, inLo, inHi, hLo, hHi);
    std::vector<LinearRange> diffs;
    std::vector<int> diffClass;
    for (int j = 0; j < C; ++j) {
        if (j == trueClass) continue;
        LinearRange range;
        range.c = (net.weights[L].row(j) - net.weights[L].row(trueClass)).transpose();
        range.d = net.biases[L](j) - net.biases[L](trueClass);
        linearIntervalBound(range.c, range.d, hLo, hHi, range.lo, range.hi);
        diffs.push_back(std::move(range));
        diffClass.push_back(j);
    }
    if (lp && !stop.stop_requested()) {
        if (onStep) onStep(steps, steps, "LP bounds of the logit differences");
        lpLinearRanges(net, inLo, inHi, ab.layers, L, diffs, lpTimeLimit, report, stop, backend);
    }
    for (std::size_t k = 0; k < diffs.size(); ++k) {
        ab.diffLower(diffClass[k]) = diffs[k].lo;
        ab.diffUpper(diffClass[k]) = diffs[k].hi;
    }
    ab.finalStats = boundStats(ab.layers);
    ab.lpSolves = report.lpSolves;
    ab.lpFailures = report.lpFailures;
    ab.cancelled = report.cancelled || (lp && stop.stop_requested());
    ab.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return ab;
}

AttackMilp buildAttackMilp(const MlpClassifier& net, const AttackBounds& bounds,
                           const Eigen::VectorXd& x0, int trueClass, const AttackQuery& query,
                           const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi) {
    AttackMilp m;
    m.problem.name = "min_l1_attack";
    m.encoding = encodeMlp(net, bounds.layers, inLo, inHi, m.problem);
    const int n = net.inputSize();
    // ‖x − x₀‖₁ as Σ d_i with d_i ≥ x_i − x₀_i and d_i ≥ x₀_i − x_i (the notebook's abs_delta).
    for (int i = 0; i < n; ++i) {
        const int x = m.encoding.inputCols[i];
        const double width = std::max(inHi(i) - x0(i), x0(i) - inLo(i));
        const int d = m.problem.addColumn("d" + std::to_string(i), 0.0, std::max(0.0, width), 1.0);
        m.deviationCols.push_back(d);
        m.problem.addRow("dpos" + std::to_string(i), {d, x}, {1.0, -1.0}, -x0(i), kInf);
        m.problem.addRow("dneg" + std::to_string(i), {d, x}, {1.0, 1.0}, x0(i), kInf);
    }
    const int C = net.outputSize();
    const auto& out = m.encoding.outputCols;
    const int t = out[trueClass];
    m.choiceCols.assign(C, -1);
    const double eps = query.margin;
    for (int j : queryRivals(query, trueClass, C)) {
        // A rival whose difference cannot reach the margin makes a required constraint
        // infeasible, and is dropped from the disjunction.
        if (bounds.diffUpper(j) < eps) {
            if (query.kind != AttackQueryKind::AnyOther) m.infeasibleByBounds = true;
            continue;
        }
        m.rivals.push_back(j);
        const std::string tag = std::to_string(j);
        if (query.kind != AttackQueryKind::AnyOther) {
            m.problem.addRow("wins" + tag, {out[j], t}, {1.0, -1.0}, eps, kInf);
            continue;
        }
        // z_j − z_t ≥ eps − M_j(1 − s_j) with M_j = eps − lower(z_j − z_t) (big-M from bounds).
        const double M = std::max(0.0, eps - bounds.diffLower(j));
        m.choiceCols[j] = m.problem.addBinary("s" + tag);
        m.problem.addRow("wins" + tag, {out[j], t, m.choiceCols[j]}, {1.0, -1.0, -M}, eps - M,
                         kInf);
    }
    if (query.kind == AttackQueryKind::AnyOther) {
        if (m.rivals.empty()) m.infeasibleByBounds = true;
        std::vector<int> idx;
        for (int j : m.rivals)
            idx.push_back(m.choiceCols[j]);
        std::vector<double> ones(idx.size(), 1.0);
        if (!idx.empty()) m.problem.addRow("some_class_wins", idx, ones, 1.0, kInf);
    }
    if (query.kind == AttackQueryKind::Target && m.rivals.empty()) m.infeasibleByBounds = true;
    return m;
}

Eigen::VectorXd decodeAttack(const AttackMilp& milp, const std::vector<double>& solution,
                             const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi) {
    return decodeInput(milp.encoding, solution, inLo, inHi);
}

}  // namespace smip
