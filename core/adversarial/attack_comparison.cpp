#include "core/adversarial/attack_comparison.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>

namespace smip {
namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Everything one formulation's run needs besides the formulation itself.
struct RunContext {
    const MlpClassifier& net;
    const Eigen::VectorXd& x0;
    int trueClass;
    const AttackConfig& cfg;
    const Eigen::VectorXd& lo;
    const Eigen::VectorXd& hi;
    const AttackHooks& hooks;
    std::stop_token stop;
    const MilpBackend& backend;

    void stage(const std::string& line) const {
        if (hooks.onStage) hooks.onStage(line);
    }
    void phase(const AttackPhase& p) const {
        if (hooks.onPhase) hooks.onPhase(p);
    }
};

AttackOutcome runMip(const RunContext& run, int index, AttackComparison& cmp) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::string id = "mip";
    const AttackConfig& cfg = run.cfg;
    AttackPhase bounds;
    bounds.kind = AttackPhase::Kind::Bounds;
    bounds.formulation = index;
    run.phase(bounds);
    run.stage(std::string("mip: bounds (") + boundTighteningId(cfg.tightening) + ")");
    BoundsStepHook onStep;
    if (run.hooks.onStage || run.hooks.onPhase)
        onStep = [&](int step, int steps, const std::string& line) {
            bounds.step = step;
            bounds.steps = steps;
            run.phase(bounds);
            run.stage(line);
        };
    cmp.bounds = computeAttackBounds(run.net, run.lo, run.hi, run.trueClass, cfg.tightening, onStep,
                                     run.stop, cfg.lpTimeLimitSeconds, run.backend);
    const AttackMilp milp =
        buildAttackMilp(run.net, cmp.bounds, run.x0, run.trueClass, cfg.query, run.lo, run.hi);
    cmp.milpColumns = static_cast<int>(milp.problem.columns.size());
    cmp.milpRows = static_cast<int>(milp.problem.rows.size());
    cmp.milpBinaries = milp.problem.binaryCount();
    if (run.hooks.onMilpBuilt) run.hooks.onMilpBuilt(milp.problem);
    MilpResult r;
    if (run.stop.stop_requested()) {
        r.status = MilpStatus::Cancelled;
        r.message = "cancelled before the MILP solve";
    } else if (milp.infeasibleByBounds) {
        // The bounds alone prove no admissible perturbation exists: robust on this box.
        r.status = MilpStatus::Infeasible;
        r.message = "no class can reach the margin over the input box (proved by the bounds)";
    } else {
        AttackPhase solving;
        solving.kind = AttackPhase::Kind::MipSolve;
        solving.formulation = index;
        solving.binaries = cmp.milpBinaries;
        solving.boundStats = cmp.bounds.finalStats;
        solving.boundSeconds = secondsSince(t0);
        run.phase(solving);
        run.stage("mip: solving (" + std::to_string(cmp.milpBinaries) + " binaries)");
        MilpOptions opt;
        opt.timeLimitSeconds = std::max(0.1, cfg.timeLimitSeconds - secondsSince(t0));
        opt.logLevel = cfg.milpLogLevel;
        MilpHooks mh;
        if (run.hooks.onMilpProgress)
            mh.onProgress = [&](const MilpProgress& p) { run.hooks.onMilpProgress(id, p); };
        if (run.hooks.onLog) mh.onLog = [&](const std::string& line) { run.hooks.onLog(id, line); };
        r = run.backend.solve(milp.problem, opt, mh, run.stop);
        if (run.hooks.onMilpResult) run.hooks.onMilpResult(r);
    }
    AttackOutcome o =
        mipOutcome(run.net, milp, r, run.x0, run.trueClass, cfg.query, run.lo, run.hi);
    o.seconds = secondsSince(t0);  // bounds + solve: what the user waits for
    return o;
}

AttackOutcome runSmooth(const RunContext& run, int index) {
    const auto t0 = std::chrono::steady_clock::now();
    const MlpClassifier& net = run.net;
    const Eigen::VectorXd& x0 = run.x0;
    const int trueClass = run.trueClass;
    const AttackConfig& cfg = run.cfg;
    const AttackFormulation& f = cfg.formulations[static_cast<std::size_t>(index)];
    const AttackHooks& hooks = run.hooks;
    AttackOutcome o;
    o.formulation = f.id();
    o.exact = false;
    const auto specs =
        smoothAttackSpecs(x0, trueClass, net.outputSize(), cfg.query, run.lo, run.hi);
    if (specs.empty()) {
        o.status = nlpStatusId(NlpStatus::Failed);
        o.message = "the query has no admissible target class";
        return o;
    }
    NlpHooks nh;
    if (hooks.onNlpProgress)
        nh.onProgress = [&](const NlpProgress& p) { hooks.onNlpProgress(o.formulation, p); };
    if (hooks.onLog) nh.onLog = [&](const std::string& line) { hooks.onLog(o.formulation, line); };
    NlpResult best;
    bool have = false;
    auto better = [](const NlpResult& a, const NlpResult& b) {
        // Prefer points feasible for the surrogate, then the smaller objective.
        const bool fa = a.maxViolation <= 1e-6, fb = b.maxViolation <= 1e-6;
        if (fa != fb) return fa;
        return fa ? a.objective < b.objective : a.maxViolation < b.maxViolation;
    };
    for (std::size_t k = 0; k < specs.size(); ++k) {
        AttackPhase solving;
        solving.kind = AttackPhase::Kind::LocalSolve;
        solving.formulation = index;
        solving.step = static_cast<int>(k) + 1;
        solving.steps = static_cast<int>(specs.size());
        run.phase(solving);
        run.stage(o.formulation + ": Ipopt solve " + std::to_string(k + 1) + "/" +
                  std::to_string(specs.size()));
        NlpOptions opt;
        opt.timeLimitSeconds = cfg.timeLimitSeconds - secondsSince(t0);
        opt.printLevel = cfg.nlpPrintLevel;
        if (opt.timeLimitSeconds <= 0.0) break;
        NlpResult r = solveSmoothAttack(net, specs[k], f.relu, opt, nh, run.stop);
        if (r.hasPoint && (!have || better(r, best))) {
            best = std::move(r);
            have = true;
        } else if (!have) {
            best = std::move(r);
        }
        if (run.stop.stop_requested()) break;
    }
    o.status = nlpStatusId(best.status);
    o.message = best.message;
    o.hasSolution = best.hasPoint;
    o.objective = best.objective;
    o.nodes = best.iterations;
    if (best.hasPoint) {
        o.x = best.x;
        o.verification = verifyAttack(net, x0, o.x, trueClass, cfg.query);
        if (!o.verification.decisionChanged)
            o.message += std::string(o.message.empty() ? "" : "; ") +
                         "the real ReLU network keeps class " +
                         std::to_string(o.verification.predictedAfter) + " at this point";
    }
    o.seconds = secondsSince(t0);
    return o;
}

void runInOrder(const RunContext& run, AttackComparison& cmp) {
    const auto& formulations = run.cfg.formulations;
    for (std::size_t k = 0; k < formulations.size(); ++k) {
        if (run.stop.stop_requested()) break;
        const int index = static_cast<int>(k);
        AttackOutcome o = formulations[k].exact ? runMip(run, index, cmp) : runSmooth(run, index);
        cmp.outcomes.push_back(std::move(o));
        fillGapsToMip(cmp.outcomes);
        if (run.hooks.onOutcome) run.hooks.onOutcome(index, cmp.outcomes.back());
    }
}

// `hooks` with every call made under `mutex`: the hooks of two threads never run at once.
AttackHooks serialized(const AttackHooks& hooks, std::mutex& mutex) {
    auto guard = [&mutex](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        if (!f) return F{};
        return F([&mutex, f](const auto&... args) {
            std::lock_guard lock(mutex);
            f(args...);
        });
    };
    AttackHooks out;
    out.onStage = guard(hooks.onStage);
    out.onPhase = guard(hooks.onPhase);
    out.onMilpProgress = guard(hooks.onMilpProgress);
    out.onMilpResult = guard(hooks.onMilpResult);
    out.onNlpProgress = guard(hooks.onNlpProgress);
    out.onLog = guard(hooks.onLog);
    out.onOutcome = guard(hooks.onOutcome);
    return out;
}

// The exact formulations on a thread of their own, the local ones on this thread: a MILP that
// runs to its time limit does not hold back the local answers (CBC and Ipopt each keep a core).
void runOverlapped(const RunContext& run, AttackComparison& cmp) {
    const auto& formulations = run.cfg.formulations;
    std::mutex hookMutex, slotMutex;
    const AttackHooks hooks = serialized(run.hooks, hookMutex);
    const RunContext inner{run.net, run.x0, run.trueClass, run.cfg,    run.lo,
                           run.hi,  hooks,  run.stop,      run.backend};
    std::vector<std::optional<AttackOutcome>> slots(formulations.size());
    auto finish = [&](int index, AttackOutcome o) {
        std::vector<AttackOutcome> done;  // finished so far, for the gap to a finished MIP
        {
            std::lock_guard lock(slotMutex);
            slots[static_cast<std::size_t>(index)] = std::move(o);
            for (std::size_t k = 0; k <= static_cast<std::size_t>(index); ++k)
                if (slots[k]) done.push_back(*slots[k]);
        }
        fillGapsToMip(done);
        if (hooks.onOutcome) hooks.onOutcome(index, done.back());
    };
    auto runAll = [&](bool exact) {
        for (std::size_t k = 0; k < formulations.size(); ++k) {
            if (formulations[k].exact != exact) continue;
            if (run.stop.stop_requested()) break;
            const int index = static_cast<int>(k);
            finish(index, exact ? runMip(inner, index, cmp) : runSmooth(inner, index));
        }
    };
    std::exception_ptr exactFailure;
    {
        // Only this thread writes cmp's bounds and model sizes (runMip); slots are guarded.
        std::jthread exactThread([&] {
            try {
                runAll(true);
            } catch (...) {
                exactFailure = std::current_exception();
            }
        });
        runAll(false);
    }
    if (exactFailure) std::rethrow_exception(exactFailure);
    for (auto& slot : slots)
        if (slot) cmp.outcomes.push_back(std::move(*slot));
    fillGapsToMip(cmp.outcomes);
}

}  // namespace

std::string AttackFormulation::id() const {
    return exact ? "mip" : relu.id();
}

bool AttackFormulation::parse(const std::string& text, AttackFormulation& out) {
    if (text == "mip") {
        out = AttackFormulation{};
        return true;
    }
    AttackFormulation f;
    f.exact = false;
    if (!SmoothRelu::parse(text, f.relu)) return false;
    out = f;
    return true;
}

std::vector<AttackFormulation> AttackFormulation::notebookDefaults() {
    std::vector<AttackFormulation> v(4);
    v[1].exact = v[2].exact = v[3].exact = false;
    v[1].relu.kind = SmoothReluKind::Sqrt;
    v[2].relu.beta = 1.0;
    v[3].relu.beta = 5.0;
    return v;
}

std::vector<SmoothAttackSpec> smoothAttackSpecs(const Eigen::VectorXd& x0, int trueClass,
                                                int classes, const AttackQuery& query,
                                                const Eigen::VectorXd& inLo,
                                                const Eigen::VectorXd& inHi) {
    std::vector<SmoothAttackSpec> specs;
    SmoothAttackSpec base{x0, inLo, inHi, {}};
    const auto rivals = queryRivals(query, trueClass, classes);
    if (query.kind == AttackQueryKind::AnyOther) {
        for (int j : rivals) {
            specs.push_back(base);
            specs.back().conditions.push_back({j, trueClass, query.margin});
        }
        return specs;
    }
    if (rivals.empty()) return specs;
    for (int j : rivals)
        base.conditions.push_back({j, trueClass, query.margin});
    specs.push_back(std::move(base));
    return specs;
}

AttackOutcome mipOutcome(const MlpClassifier& net, const AttackMilp& milp, const MilpResult& r,
                         const Eigen::VectorXd& x0, int trueClass, const AttackQuery& query,
                         const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi) {
    AttackOutcome o;
    o.formulation = "mip";
    o.exact = true;
    o.status = statusId(r.status);
    o.message = r.message;
    o.seconds = r.seconds;
    o.bestBound = r.bestBound;
    o.nodes = r.nodes;
    o.hasSolution = r.hasSolution && r.solution.size() == milp.problem.columns.size();
    if (o.hasSolution) {
        o.objective = r.objective;
        o.x = decodeAttack(milp, r.solution, inLo, inHi);
        o.verification = verifyAttack(net, x0, o.x, trueClass, query);
    }
    return o;
}

void fillGapsToMip(std::vector<AttackOutcome>& outcomes) {
    const AttackOutcome* mip = nullptr;
    for (const auto& o : outcomes)
        if (o.exact && o.hasSolution) {
            mip = &o;
            break;
        }
    for (auto& o : outcomes) {
        if (!mip || !o.hasSolution) {
            o.gapToMip = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        // Compare true L1 distances on the same footing (x clamped into the box).
        o.gapToMip = mip->verification.l1 > 1e-12 ? o.verification.l1 / mip->verification.l1 - 1.0
                                                  : std::numeric_limits<double>::quiet_NaN();
        if (&o == mip) o.gapToMip = 0.0;
    }
}

ConfigIssues validateAttack(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                            const AttackConfig& config) {
    ConfigIssues issues;
    if (const std::string bad = net.validate(); !bad.empty()) {
        issues.invalid("model", bad);
        return issues;
    }
    const int d = net.inputSize(), classes = net.outputSize();
    if (x0.size() != d) {
        issues.invalid("sample", "the input has " + std::to_string(x0.size()) +
                                     " values, the network expects " + std::to_string(d));
        return issues;
    }
    const Eigen::VectorXd lo =
        config.inputLower.size() == d ? config.inputLower : Eigen::VectorXd::Zero(d);
    const Eigen::VectorXd hi =
        config.inputUpper.size() == d ? config.inputUpper : Eigen::VectorXd::Ones(d);
    if ((x0.array() < lo.array()).any() || (x0.array() > hi.array()).any())
        issues.invalid("box", "the input lies outside the input box");
    else if (trueClass < 0 || trueClass >= classes)
        issues.invalid("sample", "class " + std::to_string(trueClass) + " does not exist");
    else if (net.predict(x0) != trueClass)
        issues.invalid("misclassified",
                       "the network predicts class " + std::to_string(net.predict(x0)) + ", not " +
                           std::to_string(trueClass) + ": pick a correctly classified sample");
    if (config.query.kind == AttackQueryKind::Target &&
        (config.query.targetClass < 0 || config.query.targetClass >= classes ||
         config.query.targetClass == trueClass))
        issues.invalid("target", "target class must be another existing class than " +
                                     std::to_string(trueClass));
    issues.require(config.query.margin >= 0.0, "margin", "the margin must be ≥ 0");
    issues.require(!config.formulations.empty(), "formulations", "choose at least one formulation");
    issues.require(config.timeLimitSeconds > 0.0, "time-limit", "the time limit must be > 0");
    return issues;
}

AttackComparison runAttackComparison(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                     int trueClass, const AttackConfig& config,
                                     const AttackHooks& hooks, std::stop_token stop,
                                     const MilpBackend& backend) {
    AttackComparison cmp;
    cmp.trueClass = trueClass;
    cmp.query = config.query;
    cmp.x0 = x0;
    cmp.message = validateAttack(net, x0, trueClass, config).summary(IssueSeverity::Invalid);
    const int d = net.inputSize();
    const Eigen::VectorXd lo =
        config.inputLower.size() == d ? config.inputLower : Eigen::VectorXd::Zero(d);
    const Eigen::VectorXd hi =
        config.inputUpper.size() == d ? config.inputUpper : Eigen::VectorXd::Ones(d);
    if (!cmp.message.empty()) return cmp;
    const RunContext run{net, x0, trueClass, config, lo, hi, hooks, stop, backend};
    if (config.overlapExactAndLocal)
        runOverlapped(run, cmp);
    else
        runInOrder(run, cmp);
    cmp.cancelled = stop.stop_requested();
    return cmp;
}

}  // namespace smip
