// Training speed: time per epoch for each regularizer on the sparse-ReLU package's size (N=7, d=5,
// K=7) and a larger one (N=200, d=20, K=200), and the package's whole default run (five
// regularizers × 100 000 epochs). Run: bench_training --benchmark_out=training.json
// --benchmark_out_format=json
#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>

#include "core/data/dataset_catalog.h"
#include "core/data/generators.h"
#include "core/train/train_sequence.h"
#include "core/train/trainer.h"

namespace {

const char* const kIds[] = {"none", "wd", "p0.4", "p0.7", "p1.0", "l1", "group"};

struct Size {
    int n, d, k, epochs;
};
// Whole runs for the sparse-ReLU package's size (the cost per epoch changes as the prox sparsifies
// the net).
const Size kSizes[] = {{7, 5, 7, 100000}, {200, 20, 200, 500}};

void BM_TrainEpoch(benchmark::State& state) {
    const char* id = kIds[state.range(0)];
    const Size size = kSizes[state.range(1)];
    const smip::Dataset data = smip::generateRandom(size.n, size.d, 0);
    const smip::ShallowReluNet init = smip::initShallowNet(size.d, size.k, 0);
    smip::RegularizerSpec spec;
    smip::RegularizerSpec::parse(id, spec);
    smip::TrainConfig config;
    config.epochs = size.epochs;
    config.reportEvery = 100;  // the GUI's and CLI's default sampling, metrics included
    int nonzeros = 0;
    for (auto _ : state) {
        const smip::TrainResult r = smip::trainShallow(data, init, spec, config);
        nonzeros = r.final.nonzeros;
        benchmark::DoNotOptimize(nonzeros);
    }
    state.SetLabel(std::string(id) + " N=" + std::to_string(size.n) +
                   " d=" + std::to_string(size.d) + " K=" + std::to_string(size.k));
    // Seconds per epoch (shown in the unit of the console's time column).
    state.counters["per_epoch"] = benchmark::Counter(
        size.epochs, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["nonzeros"] = nonzeros;
}
BENCHMARK(BM_TrainEpoch)
    ->ArgsProduct({{0, 1, 2, 3, 4, 5, 6}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

// The sparse-ReLU package's default run: none, wd, p0.4, p0.7, p1.0 × 100 000 epochs on random N=7,
// d=5, K=7, sequentially on one core (target: under 0.5 s of CPU).
void BM_SeedDefaultRun(benchmark::State& state) {
    const smip::Dataset data = smip::generateRandom(7, 5, 0);
    const smip::ShallowReluNet init = smip::initShallowNet(5, 7, 0);
    const auto regs = smip::defaultRegularizers();
    const smip::TrainConfig config;
    for (auto _ : state) {
        auto results = smip::trainRegularizers(data, init, regs, config, {}, {}, 1);
        benchmark::DoNotOptimize(results);
    }
}
BENCHMARK(BM_SeedDefaultRun)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
