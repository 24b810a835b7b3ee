// MIP solve time of the minimal-L1 attack on a trained digits network (64-16-8-10, the
// ReLU-formulation notebook's recipe with smaller hidden layers so CBC can finish) for big-M bounds
// from no tightening (one global M), interval arithmetic and LP tightening. Reports bounds time,
// solve time, nodes, binaries and total M as counters; the time cap keeps the "none" run finite.
#include <benchmark/benchmark.h>

#include "core/adversarial/attack_milp.h"
#include "core/data/dataset_catalog.h"
#include "core/milp/milp_solver.h"
#include "core/mlp/mlp_trainer.h"
#include "tests/benchmarks/bench_time_limit.h"

using namespace smip;

namespace {

struct Fixture {
    MlpClassifier net;
    Eigen::VectorXd x0;
    int label = 0;
};

const Fixture& fixture() {
    static const Fixture f = [] {
        Fixture fx;
        Dataset digits;
        DatasetSpec spec;
        spec.source = "digits";
        std::string err;
        MlpDataSplit split;
        if (!resolveDataset(spec, digits, err) ||
            !makeMlpSplit(digits, 0.2, 0, ScalerKind::GlobalMinMax, split, err))
            throw std::runtime_error(err);
        MlpTrainConfig cfg;
        cfg.hidden = {16, 8};
        cfg.epochs = 30;
        fx.net = trainMlp(split, cfg).model;
        for (int i = 0; i < split.Xtest.rows(); ++i)
            if (fx.net.predict(split.Xtest.row(i).transpose()) == split.ytest(i)) {
                fx.x0 = split.Xtest.row(i).transpose();
                fx.label = split.ytest(i);
                break;
            }
        return fx;
    }();
    return f;
}

void BM_AttackMip(benchmark::State& state) {
    const auto mode = static_cast<BoundTightening>(state.range(0));
    const Fixture& f = fixture();
    const Eigen::VectorXd lo = Eigen::VectorXd::Zero(64), hi = Eigen::VectorXd::Ones(64);
    AttackQuery q;  // any other class wins, margin 0.01
    for (auto _ : state) {
        const AttackBounds b = computeAttackBounds(f.net, lo, hi, f.label, mode);
        const AttackMilp m = buildAttackMilp(f.net, b, f.x0, f.label, q, lo, hi);
        MilpOptions opt;
        opt.timeLimitSeconds = benchTimeLimit(120);
        opt.logLevel = 0;
        const MilpResult r = solveMilp(m.problem, opt);
        state.counters["bounds_s"] = b.seconds;
        state.counters["solve_s"] = r.seconds;
        state.counters["nodes"] = static_cast<double>(r.nodes);
        state.counters["binaries"] = m.problem.binaryCount();
        state.counters["unstable"] = b.finalStats.unstable;
        state.counters["total_M"] = b.finalStats.totalBigM;
        state.counters["objective"] = r.objective;
        state.counters["optimal"] = r.status == MilpStatus::Optimal ? 1 : 0;
    }
    state.SetLabel(boundTighteningId(mode));
}

}  // namespace

BENCHMARK(BM_AttackMip)
    ->Arg(static_cast<int>(BoundTightening::None))
    ->Arg(static_cast<int>(BoundTightening::Interval))
    ->Arg(static_cast<int>(BoundTightening::Lp))
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

BENCHMARK_MAIN();
