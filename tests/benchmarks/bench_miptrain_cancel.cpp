// Cancel latency of MIP training's MILPs: milliseconds from a stop request (at the k-th progress
// sample of the MILP) to the return of trainFullMip / trainLayerwiseMip, on the in-process backend
// and on the worker-process backend the MIP-training page uses (guiMilpBackend). One stop per
// iteration, timed by hand; `max_ms` is the worst iteration. Load is applied from outside (e.g.
// `for i in 1 2; do (while :; do :; done) & done`), so the same program measures both cases.
//
// Run: SPARSEMIP_CLI=build/app/sparsemip bench_miptrain_cancel --benchmark_out=FILE.json
//      --benchmark_out_format=json
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>

#include "core/milp/worker_client.h"
#include "core/miptrain/mip_solve.h"
#include "core/miptrain/parity5.h"
#include "core/miptrain/weighted_samples.h"

namespace {

using Clock = std::chrono::steady_clock;

// The MIP-training page's default problem, big enough that CBC is deep in its search at the
// 3rd progress sample: parity5 (1000 samples, 10 % flipped), network 5-8-8-2.
struct Instance {
    smip::WeightedSamples samples;
    smip::MipArchitecture arch;
    smip::MilpOptions options;
    Instance() {
        samples = smip::aggregateDataset(smip::generateParity5(1000, 0, 0.1, 2).train);
        arch.widths = {5, 8, 8, 2};
        options.timeLimitSeconds = 300;
        options.logLevel = 0;
    }
};

using Run = std::function<void(const smip::MipTrainHooks&, std::stop_token)>;

// Seconds from the stop request at the k-th progress sample to the return of `run`; -1 when
// the run ended before its k-th sample.
double stopLatency(const Run& run, int k) {
    std::stop_source stop;
    Clock::time_point requested;
    int events = 0;
    smip::MipTrainHooks hooks;
    hooks.onMilpProgress = [&](const smip::MilpProgress&) {
        if (++events != k) return;
        requested = Clock::now();
        stop.request_stop();
    };
    run(hooks, stop.get_token());
    if (events < k) return -1.0;
    return std::chrono::duration<double>(Clock::now() - requested).count();
}

void measure(benchmark::State& state, const Run& run) {
    double worst = 0.0;
    for (auto _ : state) {
        const double s = stopLatency(run, 3);
        if (s < 0) {
            state.SkipWithError("the MILP ended before its 3rd progress sample");
            return;
        }
        worst = std::max(worst, s);
        state.SetIterationTime(s);
    }
    state.counters["max_ms"] = worst * 1000.0;
}

const smip::MilpBackend& backendOf(const benchmark::State& state) {
    static const char* cli = std::getenv("SPARSEMIP_CLI");
    static const smip::WorkerProcessMilpBackend worker(cli ? cli : "sparsemip", 2);
    return state.range(0) ? static_cast<const smip::MilpBackend&>(worker)
                          : smip::inProcessMilpBackend();
}

void BM_CancelMipTrainFull(benchmark::State& state) {
    static const Instance in;
    const smip::MilpBackend& backend = backendOf(state);
    measure(state, [&](const smip::MipTrainHooks& hooks, std::stop_token stop) {
        smip::trainFullMip(in.samples, in.arch, smip::MipFormulation{}, in.options, hooks, stop,
                           nullptr, backend);
    });
}
BENCHMARK(BM_CancelMipTrainFull)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("worker")
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

void BM_CancelMipTrainLayerwise(benchmark::State& state) {
    static const Instance in;
    const smip::MilpBackend& backend = backendOf(state);
    measure(state, [&](const smip::MipTrainHooks& hooks, std::stop_token stop) {
        smip::trainLayerwiseMip(in.samples, in.arch, smip::MipFormulation{}, in.options, hooks,
                                stop, backend);
    });
}
BENCHMARK(BM_CancelMipTrainLayerwise)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("worker")
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
