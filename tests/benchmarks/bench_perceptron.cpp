// Perceptron MILP on teaching-size 2-D data (issue #13, "proofs on teaching-size data"): the whole
// trainPerceptron run (gradient start, firing-pattern enumeration, CBC) on moons, corner and xor
// with 30 training points (N = 60 generated, half for testing), 3 hidden units, all three sparsity
// terms, 60 s, with the enumeration on and off. Cases: proofs/<dataset>/<seed>/<pattern bound>.
// Summary: docs/benchmarks/perceptron_proofs.json (or PERCEPTRON_PROOFS_BENCH_OUT).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "core/common/atomic_file.h"
#include "core/data/dataset_catalog.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_run.h"
#include "core/perceptron/perceptron_trainer.h"
#include "tests/benchmarks/bench_summary.h"
#include "tests/benchmarks/bench_time_limit.h"

using smip::bench::loadAverage;
using smip::bench::num;

namespace {

const char* const kDatasets[] = {"moons", "corner", "xor"};

struct Outcome {
    std::string dataset;
    int seed = 0, hidden = 0, trainSamples = 0;
    bool patternBound = false, proven = false, verified = false;
    double seconds = 0.0, objective = NAN, bound = NAN, startObjective = NAN;
    double enumerationSeconds = NAN, enumerationBound = NAN, testAccuracy = NAN;
    long long networks = 0, nodes = 0;
    std::string enumeration;
    int weights = 0, units = 0;
};
std::vector<Outcome> gOutcomes;

// range(0) = dataset index, range(1) = seed, range(2) = enumeration on (1) or off (0).
void benchProof(benchmark::State& state) {
    Outcome o;
    o.dataset = kDatasets[state.range(0)];
    o.seed = static_cast<int>(state.range(1));
    o.patternBound = state.range(2) != 0;
    o.hidden = 3;
    smip::DatasetSpec spec;
    spec.source = o.dataset;
    spec.n = 60;
    spec.seed = static_cast<std::uint64_t>(o.seed);
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) {
        state.SkipWithError(error.c_str());
        return;
    }
    const smip::PerceptronSplit split = smip::splitPerceptronData(data, 0.5, 0, spec.seed);
    o.trainSamples = split.train.samples();
    smip::PerceptronConfig cfg;
    cfg.hidden = o.hidden;
    cfg.sparsity.weights = cfg.sparsity.activations = cfg.sparsity.neurons = true;
    cfg.patternBound = o.patternBound;
    smip::MilpOptions opts = smip::defaultPerceptronMilpOptions();
    opts.timeLimitSeconds = benchTimeLimit(60.0);
    opts.logLevel = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const smip::PerceptronTrainResult r =
            smip::trainPerceptron(split.train, &split.test, cfg, opts);
        o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        o.proven = r.proven();
        o.verified = r.hasNetwork && r.verification.passed;
        o.objective = r.hasNetwork ? r.objective : NAN;
        o.bound = r.bestBound;
        o.startObjective = r.start.objective;
        o.nodes = r.nodes;
        o.testAccuracy = r.test.samples > 0 ? r.test.accuracy : NAN;
        o.weights = r.nonzeroWeights;
        o.units = r.usedNeurons;
        const smip::PerceptronPatternBoundResult& pb = r.patternBound;
        o.enumeration = pb.computed ? pb.reason : "not run: " + pb.reason;
        o.enumerationSeconds = pb.computed ? pb.seconds : NAN;
        o.enumerationBound = pb.computed ? pb.bound : NAN;
        o.networks = pb.networks;
        state.SetIterationTime(o.seconds);
    }
    state.counters["proven"] = o.proven ? 1.0 : 0.0;
    state.counters["objective"] = o.objective;
    state.counters["bound"] = o.bound;
    gOutcomes.push_back(o);
}

void writeSummary() {
    if (gOutcomes.empty()) return;
    nlohmann::json runs = nlohmann::json::array();
    for (const Outcome& o : gOutcomes)
        runs.push_back({{"dataset", o.dataset},
                        {"seed", o.seed},
                        {"train_samples", o.trainSamples},
                        {"hidden", o.hidden},
                        {"pattern_bound", o.patternBound},
                        {"seconds", o.seconds},
                        {"proven_optimal", o.proven},
                        {"verified", o.verified},
                        {"objective", num(o.objective)},
                        {"best_bound", num(o.bound)},
                        {"start_objective", num(o.startObjective)},
                        {"cbc_nodes", o.nodes},
                        {"enumeration", o.enumeration},
                        {"enumeration_seconds", num(o.enumerationSeconds)},
                        {"enumeration_bound", num(o.enumerationBound)},
                        {"enumeration_networks", o.networks},
                        {"test_accuracy", num(o.testAccuracy)},
                        {"nonzero_weights", o.weights},
                        {"used_units", o.units}});
    const nlohmann::json doc = {
        {"benchmark", "perceptron MILP proofs on teaching-size 2-D data (issue 13)"},
        {"data",
         "N = 60 generated, stratified 50/50 split, 3 hidden units, weights + activations "
         "+ neurons terms (factor 0.1)"},
        {"solver", "CBC 2.10.8 driver, 1 thread, in process; enumeration on 2 threads"},
        {"seconds_are", "wall time of trainPerceptron: start, enumeration, CBC"},
        {"hardware_threads", std::thread::hardware_concurrency()},
        {"load_average_1min_at_end", loadAverage()},
        {"runs", runs}};
    const char* env = std::getenv("PERCEPTRON_PROOFS_BENCH_OUT");
    const std::string path =
        env ? env : std::string(SPARSEMIP_SOURCE_DIR) + "/docs/benchmarks/perceptron_proofs.json";
    if (auto e = smip::writeFileAtomically(path, doc.dump(2) + "\n"); !e.empty())
        std::cerr << e << "\n";
    else
        std::cout << "summary written to " << path << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    auto* b = benchmark::RegisterBenchmark("proofs", benchProof);
    for (int withBound : {1, 0})
        for (int d = 0; d < 3; ++d)
            for (int seed = 1; seed <= 5; ++seed)
                b->Args({d, seed, withBound});
    b->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    writeSummary();
    return 0;
}
