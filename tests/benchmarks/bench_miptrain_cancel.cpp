// Cancel latency of MIP training's MILPs: milliseconds from a stop request (at the k-th progress
// sample of the MILP) to the return of trainFullMip / trainLayerwiseMip / runLagrangian, on the
// in-process backend
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
#include "core/miptrain/lagrangian_decomposition.h"
#include "core/miptrain/mip_solve.h"
#include "core/miptrain/parity5.h"
#include "core/miptrain/weighted_samples.h"
#include "tests/benchmarks/cancel_latency.h"

namespace {

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

// Stops `run` at its 3rd MILP progress sample, one stop per iteration (cancel_latency.h).
void measure(benchmark::State& state, const Run& run) {
    double worst = 0.0;
    for (auto _ : state) {
        const double s = smip::bench::stopLatency(
            [&](smip::bench::EventGate& gate, std::stop_token stop) {
                smip::MipTrainHooks hooks;
                hooks.onMilpProgress = [&](const smip::MilpProgress&) { gate.event(); };
                run(hooks, stop);
            },
            3);
        smip::bench::record(state, s, worst);
    }
    state.counters["max_ms"] = worst * 1000.0;
}

// The registration every benchmark here shares: in-process (0) and worker (1), 5 stops each.
void bothBackends(benchmark::internal::Benchmark* b) {
    b->Arg(0)->Arg(1)->ArgName("worker")->UseManualTime()->Iterations(5)->Unit(
        benchmark::kMillisecond);
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
BENCHMARK(BM_CancelMipTrainFull)->Apply(bothBackends);

void BM_CancelLagrangian(benchmark::State& state) {
    static const Instance in;
    const smip::MilpBackend& backend = backendOf(state);
    smip::LagrangianConfig config;  // the page's defaults: blocks solved together by solveMany
    measure(state, [&](const smip::MipTrainHooks& hooks, std::stop_token stop) {
        smip::runLagrangian(in.samples, in.arch, smip::MipFormulation{}, config, in.options, hooks,
                            stop, backend);
    });
}
BENCHMARK(BM_CancelLagrangian)->Apply(bothBackends);

void BM_CancelMipTrainLayerwise(benchmark::State& state) {
    static const Instance in;
    const smip::MilpBackend& backend = backendOf(state);
    measure(state, [&](const smip::MipTrainHooks& hooks, std::stop_token stop) {
        smip::trainLayerwiseMip(in.samples, in.arch, smip::MipFormulation{}, in.options, hooks,
                                stop, backend);
    });
}
BENCHMARK(BM_CancelMipTrainLayerwise)->Apply(bothBackends);

}  // namespace

BENCHMARK_MAIN();
