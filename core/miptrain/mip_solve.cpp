#include "core/miptrain/mip_solve.h"

#include <algorithm>

#include <chrono>
#include <cmath>
#include <limits>

#include "core/miptrain/mip_start.h"

namespace smip {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void stage(const MipTrainHooks& h, MipTrainStage s) {
    if (h.onStage) h.onStage(s);
}

// Worse of two outcomes, for combining stages: error > cancelled > no solution > limit > optimal.
int severity(MilpStatus s) {
    switch (s) {
        case MilpStatus::Optimal:
            return 0;
        case MilpStatus::FeasibleAtLimit:
            return 1;
        case MilpStatus::NoSolutionAtLimit:
            return 2;
        case MilpStatus::Cancelled:
            return 3;
        default:
            return 4;
    }
}

// The stage network whose hidden layer is `start`'s layer l: its activation pattern on the
// stage's inputs is what the stage starts from (the output layer is the pattern start's own).
MipNetwork stagePatternNet(const MipNetwork& start, const MipArchitecture& stageArch, int l) {
    MipNetwork net = zeroMipNetwork(stageArch, start.activation);
    net.weights[0] = start.weights[static_cast<std::size_t>(l - 1)];
    net.biases[0] = start.biases[static_cast<std::size_t>(l - 1)];
    return net;
}

using Clock = std::chrono::steady_clock;

// A main solve stops at its time limit even inside a long LP (MilpOptions::hardTimeLimit: in a
// worker process it ends at most about 0.95 s past it, worker_client.h); this much of the budget
// is kept for that and for decoding, so that a run ends within the time the user gave it. Measured
// before: the breast-cancer 30-8-2 runs ended 2.2–2.3 s past a 60 s limit inside CBC's root LP.
constexpr double kStopReserveSeconds = 1.2;

// The main solve's options: the budget left minus the reserve, stopped at its limit.
void hardLimited(MilpOptions& opt) {
    opt.timeLimitSeconds = std::max(1.0, opt.timeLimitSeconds - kStopReserveSeconds);
    opt.hardTimeLimit = true;
}

// Sets opt.mipStart (and o.start, o.startObjective) to the best solution of `m` with `net`'s
// activation pattern on X. The restricted MILP has no hidden binaries: a few seconds suffice in
// practice; it is capped at a fifth of opt's budget (10 s at most) so a hard case never eats the
// main solve, and when it finds nothing within the cap an LP with every switch on gives the start
// (activationPatternStart). opt's budget is then `budget` minus the time since `since`.
void startFromPattern(const NetworkMilp& m, const Eigen::MatrixXd& X, const MipNetwork& net,
                      const MipTrainStage& announce, Clock::time_point since, double budget,
                      const MipTrainHooks& hooks, std::stop_token stop, const MilpBackend& backend,
                      MilpOptions& opt, MipSolveOutcome& o) {
    stage(hooks, announce);
    MilpOptions so = opt;
    so.timeLimitSeconds = std::min(10.0, 0.2 * opt.timeLimitSeconds);
    const PatternStart ps = activationPatternStart(m, X, net, so, stop, backend);
    if (!ps.solution.empty()) {
        opt.mipStart = ps.solution;
        o.start = "sgd";
        o.startObjective = ps.objective;
    }
    const double used = std::chrono::duration<double>(Clock::now() - since).count();
    opt.timeLimitSeconds = std::max(1.0, budget - used);
}

}  // namespace

MilpHooks milpHooksOf(const MipTrainHooks& hooks) {
    MilpHooks mh;
    if (hooks.onMilpProgress) mh.onProgress = hooks.onMilpProgress;
    if (hooks.onLog) mh.onLog = hooks.onLog;
    return mh;
}

MipSolveOutcome trainFullMip(const WeightedSamples& s, const MipArchitecture& arch,
                             const MipFormulation& f, const MilpOptions& options,
                             const MipTrainHooks& hooks, std::stop_token stop,
                             const MipNetwork* startNet, const MilpBackend& backend) {
    const auto t0 = Clock::now();
    MipSolveOutcome o;
    NetworkMilp m;
    if (!buildNetworkMilp(s, arch, f, m, o.message)) return o;
    o.exact = m.exact;
    MilpOptions opt = options;
    if (startNet && f.activation == MipActivation::Binary)
        startFromPattern(
            m, s.X, *startNet,
            {"full", 0, 0, 0, 0, 0, "full MIP: completing the start from SGD's pattern"}, t0,
            options.timeLimitSeconds, hooks, stop, backend, opt, o);
    stage(hooks, {"full", 0, 0, 0, 0, 0,
                  "full MIP: " + std::to_string(m.problem.columns.size()) + " columns, " +
                      std::to_string(m.problem.rows.size()) + " rows, " +
                      std::to_string(m.problem.binaryCount()) + " binaries"});
    MilpHooks milpHooks = milpHooksOf(hooks);
    if (hooks.onNetwork) {
        if (!opt.mipStart.empty()) {
            MipLiveNetwork start;
            start.objective = o.startObjective;
            start.isStart = true;
            start.network = decodeNetworkMilp(m, opt.mipStart);
            hooks.onNetwork(start);
        }
        milpHooks.onIncumbent = [&m, &hooks](const MilpIncumbent& inc) {
            // A parameter CBC's preprocessing removed is not known until the end: skip those.
            for (int c : m.paramColumns)
                if (std::isnan(inc.values[static_cast<std::size_t>(c)])) return;
            MipLiveNetwork live;
            live.seconds = inc.seconds;
            live.objective = inc.objective;
            live.network = decodeNetworkMilp(m, inc.values);
            hooks.onNetwork(live);
        };
    }
    if (hooks.onModel) hooks.onModel("", m.problem, opt.mipStart);
    hardLimited(opt);
    const MilpResult r = backend.solve(m.problem, opt, milpHooks, stop);
    o.status = r.status;
    o.message = r.message;
    o.objective = r.hasSolution ? r.objective : kNaN;
    o.bound = r.bestBound;
    o.gap = r.hasSolution ? r.gap : kNaN;
    o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    o.nodes = r.nodes;
    if (r.hasSolution) {
        o.hasNetwork = true;
        o.network = decodeNetworkMilp(m, r.solution);
    } else if (o.start == "sgd" && !opt.mipStart.empty()) {
        // A worker killed after its grace period (Cancel) reports its incumbent's value but not
        // its solution; the start is a verified feasible point, so it is the best network we hold.
        o.hasNetwork = true;
        o.network = decodeNetworkMilp(m, opt.mipStart);
        o.objective = o.startObjective;
        o.gap = relativeGapOf(o.objective, o.bound);
        o.message += "; the network kept is the start from SGD's pattern (objective " +
                     std::to_string(o.startObjective) + "): the solver did not report its own";
        // Stopped at the limit inside an LP: the start is a feasible point, so the run ends at
        // the limit with a network, like any other that reached its limit.
        if (o.status == MilpStatus::NoSolutionAtLimit) o.status = MilpStatus::FeasibleAtLimit;
    }
    return o;
}

MipSolveOutcome trainLayerwiseMip(const WeightedSamples& s, const MipArchitecture& arch,
                                  const MipFormulation& f, const MilpOptions& options,
                                  const MipTrainHooks& hooks, std::stop_token stop,
                                  const MilpBackend& backend, const MipNetwork* startNet) {
    const auto t0 = Clock::now();
    MipSolveOutcome o;
    o.objective = o.bound = o.gap = kNaN;  // no single MILP proves anything about the whole
    o.status = MilpStatus::Optimal;
    o.message = checkFormulation(f);
    if (o.message.empty())
        o.message = checkArchitecture(arch, static_cast<int>(s.X.cols()), s.classes);
    if (!o.message.empty()) {
        o.status = MilpStatus::Error;
        return o;
    }
    const int L = arch.hiddenLayers();
    const int stages = std::max(1, L);
    MipNetwork net = zeroMipNetwork(arch, f.activation);
    Eigen::MatrixXd H = s.X;
    for (int l = 1; l <= stages; ++l) {
        const double used = std::chrono::duration<double>(Clock::now() - t0).count();
        MilpOptions opt = options;
        opt.timeLimitSeconds = std::max(1.0, (options.timeLimitSeconds - used) / (stages - l + 1));
        // The frozen activations of many samples coincide: re-aggregating them is exact too.
        const WeightedSamples sl = aggregateSamples(H, s.label, s.classes, s.weight);
        MipArchitecture al;
        al.widths = {static_cast<int>(H.cols())};
        if (L > 0) al.widths.push_back(arch.widths[static_cast<std::size_t>(l)]);
        al.widths.push_back(arch.classes());
        stage(hooks, {"layerwise", l, stages, 0, 0, 0,
                      "layer " + std::to_string(l) + " of " + std::to_string(stages) + " (" +
                          std::to_string(sl.samples()) + " distinct samples)"});
        NetworkMilp m;
        if (!buildNetworkMilp(sl, al, f, m, o.message)) {
            o.status = MilpStatus::Error;
            return o;
        }
        o.exact = o.exact && m.exact;
        if (startNet && L > 0 && f.activation == MipActivation::Binary)
            startFromPattern(
                m, sl.X, stagePatternNet(*startNet, al, l),
                {"layerwise", 0, 0, 0, 0, 0, "completing the start from SGD's pattern"},
                Clock::now(), opt.timeLimitSeconds, hooks, stop, backend, opt, o);
        if (hooks.onModel) hooks.onModel("layer" + std::to_string(l), m.problem, opt.mipStart);
        hardLimited(opt);
        MilpResult r = backend.solve(m.problem, opt, milpHooksOf(hooks), stop);
        // Stopped before it reported a solution of its own (a worker killed inside an LP): the
        // start from SGD's pattern is a feasible point of this stage, so the stage keeps it.
        if (!r.hasSolution && !opt.mipStart.empty() &&
            (r.status == MilpStatus::NoSolutionAtLimit || r.status == MilpStatus::Cancelled)) {
            r.hasSolution = true;
            r.solution = opt.mipStart;
            r.status = r.status == MilpStatus::Cancelled ? r.status : MilpStatus::FeasibleAtLimit;
            r.message += "; the stage keeps its start from SGD's pattern";
        }
        o.nodes += r.nodes;
        if (severity(r.status) > severity(o.status)) o.status = r.status;
        if (!r.hasSolution) {
            o.message = "layer " + std::to_string(l) + ": " +
                        (r.message.empty() ? std::string(statusId(r.status)) : r.message);
            o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            return o;
        }
        if (r.status == MilpStatus::Cancelled && l < stages) {
            o.message = "cancelled at layer " + std::to_string(l) + " of " + std::to_string(stages);
            o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
            return o;
        }
        const MipNetwork part = decodeNetworkMilp(m, r.solution);
        if (L == 0) {
            net = part;
            break;
        }
        net.weights[static_cast<std::size_t>(l - 1)] = part.weights[0];
        net.biases[static_cast<std::size_t>(l - 1)] = part.biases[0];
        if (l == L) {
            net.weights.back() = part.weights[1];
            net.biases.back() = part.biases[1];
        } else {
            MipNetwork one = part;  // the frozen layer's activations feed the next stage
            H = mipHiddenActivations(one, H, 1);
        }
    }
    o.hasNetwork = true;
    o.network = net;
    o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    if (o.status == MilpStatus::Cancelled && o.message.empty()) o.message = "cancelled";
    return o;
}

}  // namespace smip
