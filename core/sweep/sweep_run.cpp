#include "core/sweep/sweep_run.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "core/common/atomic_file.h"
#include "core/data/dataset_catalog.h"
#include "core/nn/shallow_relu_net.h"
#include "core/session/model_choice.h"
#include "core/train/train_json.h"

namespace smip {

namespace {

double maxResidualOf(const ShallowReluNet& net, const Dataset& data) {
    if (data.samples() == 0) return 0.0;
    return (predict(net, data.X) - data.y).cwiseAbs().maxCoeff();
}

SweepMethodResult regularizerRow(const TrainResult& r, const Dataset& data, double mseLimit) {
    SweepMethodResult m;
    m.method = r.regularizer.id();
    m.nonzeros = r.final.nonzeros;
    m.activeNeurons = r.final.activeNeurons;
    m.mse = r.final.mse;
    m.maxResidual = maxResidualOf(r.net, data);
    m.fits = trainedModelFits(r, mseLimit);
    m.seconds = r.seconds;
    m.status = trainStatusId(r.status);
    return m;
}

SweepMethodResult milpRow(const SparsestResult& r, const Dataset& data) {
    SweepMethodResult m;
    m.method = kSweepMilpMethod;
    if (r.hasNetwork) {
        m.nonzeros = r.verification.nonzeros;
        m.activeNeurons = r.verification.activeUnits;
        m.mse = meanSquaredError(r.net, data.X, data.y);
        m.maxResidual = maxResidualOf(r.net, data);
        m.fits = r.verification.passed;
    }
    m.seconds = r.totalSeconds;
    m.status = statusId(r.milp.status);
    m.bound = r.milp.bestBound;
    m.gap = r.milp.gap;
    m.nodes = r.milp.nodes;
    return m;
}

}  // namespace

SparsestPipelineConfig sweepPipelineConfig(const SweepInstance& instance) {
    SparsestPipelineConfig c;
    c.regularizers = instance.settings.regularizers;
    c.train.epochs = instance.settings.epochs;
    c.initSeed = instance.seed;
    c.trainThreads = instance.settings.trainThreads;
    c.warmStart = true;
    c.milp.timeLimitSeconds = instance.settings.timeLimitSeconds;
    c.milp.logLevel = 0;
    c.milp.progressIntervalSeconds = 1.0;
    return c;
}

bool loadSweepData(const SweepInstance& instance, Dataset& out, std::string& error) {
    DatasetSpec spec;
    spec.source = instance.source;
    if (instance.n > 0) spec.n = instance.n;
    if (instance.d > 0) spec.d = instance.d;
    spec.seed = instance.seed;
    if (!resolveDataset(spec, out, error)) {
        error = instance.id + ": " + error;
        return false;
    }
    return true;
}

ConfigIssues validateSweepInstance(const SweepInstance& instance) {
    Dataset data;
    std::string error;
    if (!loadSweepData(instance, data, error)) {
        ConfigIssues issues;
        issues.invalid("data", error);
        return issues;
    }
    return validateSparsestPipeline(data, sweepPipelineConfig(instance));
}

SweepInstanceResult runSweepInstance(const SweepInstance& instance, const MilpBackend& backend,
                                     std::stop_token stop, bool* complete) {
    Dataset data;
    std::string error;
    if (!loadSweepData(instance, data, error)) throw std::runtime_error(error);
    const SparsestPipelineConfig config = sweepPipelineConfig(instance);
    const SparsestPipelineResult p = runSparsestPipeline(data, config, {}, stop, backend);
    SweepInstanceResult out;
    out.instance = instance;
    out.samples = data.samples();
    out.features = data.features();
    const double mseLimit = fitMseLimit(data, config.fitTolerance);
    for (const TrainResult& r : p.trained)
        out.methods.push_back(regularizerRow(r, data, mseLimit));
    if (p.chosen >= 0) out.chosen = p.trained[static_cast<std::size_t>(p.chosen)].regularizer.id();
    if (p.solved) out.methods.push_back(milpRow(p.sparsest, data));
    // A stop anywhere leaves cancelled trainings or a cancelled MILP: not the instance's answer.
    if (complete) *complete = p.solved && !stop.stop_requested();
    return out;
}

std::string runAndStoreSweepInstance(const SweepInstance& instance, const std::string& outDir,
                                     const MilpBackend& backend, std::stop_token stop,
                                     SweepInstanceResult* result) {
    bool complete = false;
    SweepInstanceResult r;
    try {
        r = runSweepInstance(instance, backend, stop, &complete);
    } catch (const std::exception& e) {
        return e.what();
    }
    if (!complete) return {};
    const std::string text = sweepResultToJson(r).dump(1) + "\n";
    if (std::string e = writeFileAtomically(sweepResultPath(outDir, instance.id), text); !e.empty())
        return e;
    if (result) *result = std::move(r);
    return {};
}

SweepRunCounts runSweep(const std::vector<SweepInstance>& instances, const std::string& outDir,
                        int workers, const MilpBackend& backend, std::stop_token stop,
                        const SweepRunHooks& hooks) {
    SweepRunCounts counts;
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    std::mutex mutex;  // guards counts and serializes the hooks
    std::atomic<std::size_t> next{0};
    const int threads = std::clamp(workers, 1, std::max(1, static_cast<int>(instances.size())));
    const auto work = [&] {
        for (std::size_t i = next++; i < instances.size(); i = next++) {
            SweepInstance instance = instances[i];
            if (threads > 1) instance.settings.trainThreads = 1;  // the cores go to instances
            const std::string path = sweepResultPath(outDir, instance.id);
            if (std::filesystem::exists(path)) {
                std::lock_guard lock(mutex);
                ++counts.skipped;
                if (hooks.onSkipped) hooks.onSkipped(instance);
                continue;
            }
            if (stop.stop_requested()) {
                std::lock_guard lock(mutex);
                ++counts.unfinished;
                continue;
            }
            SweepInstanceResult result;
            const std::string error =
                runAndStoreSweepInstance(instance, outDir, backend, stop, &result);
            std::lock_guard lock(mutex);
            if (!error.empty()) {
                ++counts.failed;
                if (hooks.onFailed) hooks.onFailed(instance, error);
            } else if (result.methods.empty()) {
                ++counts.unfinished;  // stopped: nothing stored
            } else {
                ++counts.ran;
                if (hooks.onFinished) hooks.onFinished(result);
            }
        }
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    pool.clear();  // joins
    return counts;
}

}  // namespace smip
