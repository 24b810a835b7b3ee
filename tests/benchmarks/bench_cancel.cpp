// Cancel latency: seconds from a stop request to the return of each long operation, idle and with
// two other processes busy on both cores (argument `load`: 0 = none, 1 = two spinning children).
// The stop is requested from the benchmark thread once the operation is well under way (its k-th
// progress event, or a fixed warm-up where it has none); the time is measured by hand
// (UseManualTime), one stop per iteration; `max_ms` is the worst iteration.
//
// Run: bench_cancel --benchmark_out=cancel.json --benchmark_out_format=json
// The unit tests assert the deterministic part (Cancelled, incumbent kept, at most one reporting
// interval of work after the stop); this program measures what that costs in seconds.
#include <benchmark/benchmark.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/adversarial/attack_comparison.h"
#include "core/data/dataset_catalog.h"
#include "core/data/generators.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"
#include "core/milp/worker_client.h"
#include "core/miptrain/mip_solve.h"
#include "core/miptrain/parity5.h"
#include "core/miptrain/weighted_samples.h"
#include "core/mlp/mlp_data_split.h"
#include "core/mlp/mlp_trainer.h"
#include "core/perceptron/perceptron_study.h"
#include "core/sparsest/rank_bound.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/train/trainer.h"
#include "tests/benchmarks/cancel_latency.h"
#include "tests/milp/milp_test_problems.h"
#include "tests/sparsest/sparsest_test_util.h"

namespace {

using smip::bench::BusyCores;
using smip::bench::Clock;
using smip::bench::EventGate;
using smip::bench::finishCounters;
using smip::bench::measureStops;
using smip::bench::record;
using smip::bench::secondsSince;
using smip::bench::stopLatency;
using smip::bench::withLoad;

smip::MilpOptions quietMilp(double seconds) {
    smip::MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 0;
    return o;
}

// trainShallow (Train page, `sparsemip train`): stop at the 5th reported sample.
void BM_CancelTrainShallow(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const smip::Dataset data = smip::generateRandom(200, 20, 0);
    const smip::ShallowReluNet init = smip::initShallowNet(20, 200, 0);
    smip::RegularizerSpec spec;
    smip::RegularizerSpec::parse("p0.7", spec);
    smip::TrainConfig config;
    config.epochs = 100000000;
    measureStops(state, 5, [&](EventGate& gate, std::stop_token stop) {
        smip::TrainHooks hooks;
        hooks.onSample = [&](const smip::TrainSample&) { gate.event(); };
        smip::trainShallow(data, init, spec, config, hooks, stop);
    });
}
BENCHMARK(BM_CancelTrainShallow)->Apply(withLoad)->Iterations(10);

// solveMilp in-process (CLI solve/sparsest/attack/perceptron): stop at the 3rd progress sample
// (in the search), or at the 1st log line (during CBC's preprocessing and root: `phase` = 1).
void BM_CancelSolveMilp(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const bool atFirstLog = state.range(1) != 0;
    const smip::MilpProblem problem = smip::test::marketSplit(6, 5);
    smip::MilpOptions options = quietMilp(120);
    options.logLevel = 1;
    measureStops(state, atFirstLog ? 1 : 3, [&](EventGate& gate, std::stop_token stop) {
        smip::MilpHooks hooks;
        if (atFirstLog)
            hooks.onLog = [&](const std::string&) { gate.event(); };
        else
            hooks.onProgress = [&](const smip::MilpProgress&) { gate.event(); };
        smip::solveMilp(problem, options, hooks, stop);
    });
}
BENCHMARK(BM_CancelSolveMilp)
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->ArgNames({"load", "phase"})
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);

// The full MIP-training MILP as the MIP-training page runs it on this branch (in-process, on the
// page's thread): parity5, 5-8-8-2, stop at the 3rd progress sample.
void BM_CancelMipTrainFull(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const smip::Parity5Data p = smip::generateParity5(1000, 0, 0.1, 2);
    const smip::WeightedSamples s = smip::aggregateDataset(p.train);
    smip::MipArchitecture arch;
    arch.widths = {5, 8, 8, 2};
    const smip::MilpOptions options = quietMilp(300);
    measureStops(state, 3, [&](EventGate& gate, std::stop_token stop) {
        smip::MipTrainHooks hooks;
        hooks.onMilpProgress = [&](const smip::MilpProgress&) { gate.event(); };
        smip::trainFullMip(s, arch, smip::MipFormulation{}, options, hooks, stop);
    });
}
BENCHMARK(BM_CancelMipTrainFull)->Apply(withLoad)->Iterations(5);

// The rank lower bound (Sparsest page and `sparsemip sparsest`): N = 9, d = 5, tens of seconds to
// the end; it has no progress events, so the stop comes after 300 ms.
void BM_CancelRankBound(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const auto in = smip::test::randomInstance(9, 5, 0);
    smip::SparsestConfig config{smip::SparsestVariant::Tight, 9, 2.0, 2.0, true, 0.0};
    smip::RankBoundOptions options;
    options.seconds = 120.0;
    double worst = 0;
    for (auto _ : state) {
        record(state,
               stopLatency(
                   [&](EventGate&, std::stop_token stop) {
                       smip::sparsestRankBound(in.X, in.y, config, options, stop);
                   },
                   0, std::chrono::milliseconds(300)),
               worst);
    }
    finishCounters(state, worst);
}
BENCHMARK(BM_CancelRankBound)->Apply(withLoad)->Iterations(10);

// The worker child (`sparsemip milp-worker`, as the GUI's Sparsest/Perceptron/Adversarial pages
// run CBC): "cancel" on its stdin after its 3rd progress line, until the process has exited.
double childCancelLatency(const std::string& cli, const std::string& job) {
    int toChild[2], fromChild[2];
    if (::pipe(toChild) != 0 || ::pipe(fromChild) != 0) return -1.0;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(toChild[0], STDIN_FILENO);
        ::dup2(fromChild[1], STDOUT_FILENO);
        ::close(toChild[1]);
        ::close(fromChild[0]);
        ::execl(cli.c_str(), cli.c_str(), "milp-worker", job.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    std::string pending;
    int progress = 0;
    char buf[4096];
    while (progress < 3) {
        const ssize_t n = ::read(fromChild[0], buf, sizeof buf);
        if (n <= 0) break;
        pending.append(buf, static_cast<std::size_t>(n));
        std::size_t nl;
        while ((nl = pending.find('\n')) != std::string::npos) {
            if (pending.substr(0, nl).find("\"type\":\"progress\"") != std::string::npos)
                ++progress;
            pending.erase(0, nl + 1);
        }
    }
    const Clock::time_point requested = Clock::now();
    const bool running = progress >= 3;
    if (running) (void)!::write(toChild[1], "cancel\n", 7);
    while (::read(fromChild[0], buf, sizeof buf) > 0) {
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    const double latency = secondsSince(requested);
    ::close(toChild[1]);
    ::close(fromChild[0]);
    return running ? latency : -1.0;
}

void BM_CancelMilpWorkerChild(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const std::string job = (std::filesystem::temp_directory_path() /
                             ("bench_cancel_job_" + std::to_string(::getpid()) + ".json"))
                                .string();
    {
        nlohmann::json j{{"problem", smip::toJson(smip::test::marketSplit(6, 5))},
                         {"options", smip::toJson(quietMilp(120))}};
        std::ofstream(job) << j.dump();
    }
    double worst = 0;
    for (auto _ : state)
        record(state, childCancelLatency(SPARSEMIP_CLI, job), worst);
    std::filesystem::remove(job);
    finishCounters(state, worst);
}
BENCHMARK(BM_CancelMilpWorkerChild)->Apply(withLoad)->Iterations(10);

// The Sparsest page's solve (solveSparsest on the worker-process backend, as guiMilpBackend runs
// it): N = 9, d = 5 without the rank bound, so CBC searches; stop at the 3rd progress sample.
void BM_CancelSparsestWorker(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    const smip::Dataset data = smip::generateRandom(9, 5, 0);
    const smip::WorkerProcessMilpBackend worker(SPARSEMIP_CLI);
    smip::SparsestConfig config;
    config.rankBound = false;
    const smip::MilpOptions options = quietMilp(300);
    measureStops(state, 3, [&](EventGate& gate, std::stop_token stop) {
        smip::MilpHooks hooks;
        hooks.onProgress = [&](const smip::MilpProgress&) { gate.event(); };
        smip::solveSparsest(data.X, data.y, config, options, hooks, stop, nullptr, worker);
    });
}
BENCHMARK(BM_CancelSparsestWorker)->Apply(withLoad)->Iterations(5);

// The Perceptron page's study (runPerceptronStudy on the worker-process backend): breast cancer,
// stop at the 3rd progress sample of its MILPs (inside the first variant's solve).
void BM_CancelPerceptronStudyWorker(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    smip::DatasetSpec spec;
    spec.source = "breast_cancer";
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) throw std::runtime_error(error);
    const smip::WorkerProcessMilpBackend worker(SPARSEMIP_CLI);
    smip::PerceptronStudyConfig config;
    config.repeats = 1;
    config.timeLimitSeconds = 120;
    measureStops(state, 3, [&](EventGate& gate, std::stop_token stop) {
        smip::PerceptronStudyHooks hooks;
        hooks.milp.onProgress = [&](const smip::MilpProgress&) { gate.event(); };
        smip::runPerceptronStudy(data, config, hooks, stop, worker);
    });
}
BENCHMARK(BM_CancelPerceptronStudyWorker)->Apply(withLoad)->Iterations(5);

// The Adversarial page's comparison (runAttackComparison on the worker-process backend) on a
// digits network 64-32-16-10 trained once: `exact` = 1 runs the MIP alone and stops at its 3rd
// progress sample; 0 runs the two local Ipopt formulations and stops at their 5th iteration.
struct AttackInstance {
    smip::MlpClassifier net;
    Eigen::VectorXd x0;
    int label = 0;
    AttackInstance() {
        smip::DatasetSpec spec;
        spec.source = "digits";
        smip::Dataset digits;
        smip::MlpDataSplit split;
        std::string error;
        if (!smip::resolveDataset(spec, digits, error) ||
            !smip::makeMlpSplit(digits, 0.2, 1, smip::ScalerKind::GlobalMinMax, split, error))
            throw std::runtime_error(error);
        smip::MlpTrainConfig tc;
        tc.seed = 1;
        const smip::MlpTrainResult tr = smip::trainMlp(split, tc);
        net = tr.model;
        for (int i = 0; i < split.Xtest.rows(); ++i) {
            x0 = net.scaleInput(digits.X.row(split.testIndices(i)).transpose());
            label = split.ytest(i);
            if (net.predict(x0) == label) return;
        }
        throw std::runtime_error("no correctly classified test sample");
    }
};

void BM_CancelAttackWorker(benchmark::State& state) {
    BusyCores load(state.range(0) != 0);
    static const AttackInstance in;
    const bool exact = state.range(1) != 0;
    const smip::WorkerProcessMilpBackend worker(SPARSEMIP_CLI);
    smip::AttackConfig config;
    config.formulations.clear();
    for (const char* id :
         exact ? std::vector<const char*>{"mip"} : std::vector<const char*>{"sqrt", "softplus:1"}) {
        smip::AttackFormulation f;
        smip::AttackFormulation::parse(id, f);
        config.formulations.push_back(f);
    }
    config.milpLogLevel = 0;
    config.nlpPrintLevel = 0;
    measureStops(state, exact ? 3 : 5, [&](EventGate& gate, std::stop_token stop) {
        smip::AttackHooks hooks;
        hooks.onMilpProgress = [&](const std::string&, const smip::MilpProgress&) { gate.event(); };
        hooks.onNlpProgress = [&](const std::string&, const smip::NlpProgress&) { gate.event(); };
        smip::runAttackComparison(in.net, in.x0, in.label, config, hooks, stop, worker);
    });
}
BENCHMARK(BM_CancelAttackWorker)
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->ArgNames({"load", "exact"})
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
