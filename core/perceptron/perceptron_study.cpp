#include "core/perceptron/perceptron_study.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <locale>
#include <mutex>
#include <numeric>
#include <sstream>
#include <thread>

#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_trainer.h"

namespace smip {

namespace {

double mean(const std::vector<double>& v) {
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / v.size();
}

double sampleStd(const std::vector<double>& v) {
    if (v.size() < 2) return 0.0;
    const double mu = mean(v);
    double s = 0.0;
    for (double x : v)
        s += (x - mu) * (x - mu);
    return std::sqrt(s / (v.size() - 1));
}

void summarize(PerceptronStudyRow& row) {
    row.runs = static_cast<int>(row.testAccuracy.size());
    row.accuracyMean = mean(row.testAccuracy);
    row.accuracyStd = sampleStd(row.testAccuracy);
    row.trainAccuracyMean = mean(row.trainAccuracy);
    row.weightsMean = mean(row.weights);
    row.activationsMean = mean(row.activations);
    row.neuronsMean = mean(row.neurons);
    row.secondsMean = mean(row.seconds);
}

// Resource counts of the baseline's first (hidden) layer, as the MILP rows count them.
int firstLayerNonzeros(const MlpClassifier& net) {
    return static_cast<int>((net.weights[0].array() != 0.0).count());
}

long long positiveHiddenActivations(const MlpClassifier& net, const Eigen::MatrixXd& Xscaled) {
    Eigen::MatrixXd A = Xscaled * net.weights[0].transpose();
    A.rowwise() += net.biases[0].transpose();
    return static_cast<long long>((A.array() > 0.0).count());
}

// Hidden units with some nonzero incoming and some nonzero outgoing weight.
int usedHiddenUnits(const MlpClassifier& net) {
    int used = 0;
    for (Eigen::Index i = 0; i < net.weights[0].rows(); ++i) {
        const bool fedIn = (net.weights[0].row(i).array() != 0.0).any();
        const bool readOut = (net.weights[1].col(i).array() != 0.0).any();
        used += fedIn && readOut ? 1 : 0;
    }
    return used;
}

void runBaseline(const Dataset& train, const Dataset& test, const PerceptronStudyConfig& config,
                 std::uint64_t seed, PerceptronStudyRow& row, std::stop_token stop) {
    MlpDataSplit data;
    std::string error;
    if (!makeMlpData(train, test, ScalerKind::MinMax, data, error)) {
        row.lastError = error;
        return;
    }
    MlpTrainConfig mc = config.baseline;
    mc.hidden = {config.network.hidden};
    mc.seed = seed;
    const MlpTrainResult r = trainMlp(data, mc, {}, stop);
    if (r.status == MlpTrainStatus::Cancelled) return;
    if (r.status == MlpTrainStatus::InvalidInput) {
        row.lastError = r.message;
        return;
    }
    row.testAccuracy.push_back(r.testAccuracy);
    row.trainAccuracy.push_back(r.trainAccuracy);
    row.weights.push_back(firstLayerNonzeros(r.model));
    row.activations.push_back(static_cast<double>(positiveHiddenActivations(r.model, data.Xtrain)));
    row.neurons.push_back(usedHiddenUnits(r.model));
    row.seconds.push_back(r.seconds);
}

// One run of the study: a MILP training, or the baseline's values in a one-run row.
struct StudyOutcome {
    bool attempted = false;
    bool baseline = false;
    PerceptronTrainResult result;
    PerceptronStudyRow row;
};

void appendRuns(const PerceptronStudyRow& from, PerceptronStudyRow& to) {
    const auto append = [](const std::vector<double>& a, std::vector<double>& b) {
        b.insert(b.end(), a.begin(), a.end());
    };
    append(from.testAccuracy, to.testAccuracy);
    append(from.trainAccuracy, to.trainAccuracy);
    append(from.weights, to.weights);
    append(from.activations, to.activations);
    append(from.neurons, to.neurons);
    append(from.seconds, to.seconds);
    if (!from.lastError.empty()) to.lastError = from.lastError;
}

}  // namespace

MlpTrainConfig perceptronBaselineConfig() {
    MlpTrainConfig c;
    c.hidden = {8};
    c.epochs = 2000;
    c.batchSize = std::numeric_limits<int>::max();  // full batch
    c.learningRate = 0.01;
    c.l1 = 1e-3;
    c.init = MlpInit::TorchLinear;  // as the framework baselines the paper compares with
    c.seed = 1;
    return c;
}

std::vector<PerceptronStudyVariant> perceptronStudyVariants(const PerceptronStudyConfig& config) {
    std::vector<PerceptronStudyVariant> out;
    for (const char* id : {"000", "100", "010", "001", "110", "101", "011", "111"}) {
        PerceptronStudyVariant v;
        v.id = id;
        v.sparsity.weights = id[0] == '1';
        v.sparsity.activations = id[1] == '1';
        v.sparsity.neurons = id[2] == '1';
        out.push_back(v);
    }
    if (config.includeInteger) {
        PerceptronStudyVariant v;
        v.id = "int";
        v.sparsity = config.integerFlags;
        v.integer = true;
        out.push_back(v);
    }
    if (config.includeBaseline) {
        PerceptronStudyVariant v;
        v.id = "baseline";
        v.baseline = true;
        out.push_back(v);
    }
    for (auto& v : out) {
        v.sparsity.weightsFactor = v.sparsity.activationsFactor = v.sparsity.neuronsFactor =
            config.factor;
        v.sparsity.maxWeights = -1;
    }
    return out;
}

std::string perceptronStudySolveName(const std::string& dataset, const std::string& variant,
                                     int repeat) {
    return (dataset.empty() ? std::string("data") : dataset) + "-" + variant + "-split" +
           std::to_string(repeat + 1);
}

PerceptronStudyResult runPerceptronStudy(const Dataset& data, const PerceptronStudyConfig& config,
                                         const PerceptronStudyHooks& hooks, std::stop_token stop,
                                         const MilpBackend& backend) {
    const auto t0 = std::chrono::steady_clock::now();
    PerceptronStudyResult res;
    res.config = config;
    res.dataset = data.name;
    std::string error;
    if (!checkPerceptronData(data, config.network.maxClasses, error)) {
        res.message = error;
        return res;
    }
    if (!(config.testFraction > 0.0 && config.testFraction < 1.0)) {
        res.message =
            "the test fraction must be in (0, 1), got " + std::to_string(config.testFraction);
        return res;
    }
    if (config.repeats < 1 || !(config.timeLimitSeconds > 0.0) || config.factor < 0.0) {
        res.message = "repeats must be ≥ 1, the time limit positive and the factor non-negative";
        return res;
    }
    res.samples = data.samples();
    res.features = data.features();
    res.classes = data.classes();
    const auto variants = perceptronStudyVariants(config);
    for (const auto& v : variants) {
        PerceptronStudyRow row;
        row.variant = v;
        res.rows.push_back(std::move(row));
    }
    const int total = config.repeats * static_cast<int>(variants.size());
    MilpOptions opts;
    opts.timeLimitSeconds = config.timeLimitSeconds;
    opts.logLevel = 0;
    std::vector<PerceptronSplit> splits;
    for (int rep = 0; rep < config.repeats; ++rep) {
        splits.push_back(
            splitPerceptronData(data, config.testFraction, config.maxTrain, config.seed + rep));
        res.subsampled = res.subsampled || splits.back().subsampled();
    }
    res.trainSamples = splits.front().train.samples();
    res.testSamples = splits.front().test.samples();
    // One task per (split, variant), in table order; each writes only its own outcome, and the
    // rows are filled from them in that order afterwards, so the table does not depend on how
    // many workers ran or which finished first.
    std::vector<StudyOutcome> outcomes(static_cast<std::size_t>(total));
    std::atomic<int> next{0};
    std::mutex progressMutex;
    int started = 0;
    const int workers = std::clamp(config.workers, 1, std::max(1, total));
    // With one worker the current solve's progress goes to hooks.milp (a live chart); with
    // several, solves overlap and only the run counter is reported.
    const MilpHooks milpHooks = workers == 1 ? hooks.milp : MilpHooks{};
    auto work = [&] {
        for (int t = next.fetch_add(1); t < total; t = next.fetch_add(1)) {
            if (stop.stop_requested()) return;
            const int rep = t / static_cast<int>(variants.size());
            const auto& v = variants[static_cast<std::size_t>(t) % variants.size()];
            {
                std::lock_guard lock(progressMutex);
                if (hooks.onProgress) hooks.onProgress(started, total, v.id);
                ++started;
            }
            StudyOutcome& o = outcomes[static_cast<std::size_t>(t)];
            o.attempted = true;
            const PerceptronSplit& split = splits[static_cast<std::size_t>(rep)];
            if (v.baseline) {
                o.baseline = true;
                o.row.variant = v;
                runBaseline(split.train, split.test, config, config.seed + rep, o.row, stop);
                continue;
            }
            PerceptronConfig pc = config.network;
            pc.sparsity = v.sparsity;
            pc.integer = v.integer;
            PerceptronHooks runHooks(milpHooks);
            // Every solve's model under a name saying which: dataset, variant, split (1-based).
            runHooks.milp.onModel = {};
            if (hooks.milp.onModel)
                runHooks.milp.onModel = [&hooks,
                                         label = perceptronStudySolveName(data.name, v.id, rep)](
                                            const std::string& solve, const MilpProblem& p,
                                            const std::vector<double>& start) {
                    hooks.milp.onModel(solve.empty() ? label : label + "-" + solve, p, start);
                };
            o.result = trainPerceptron(split.train, &split.test, pc, opts, runHooks, stop, backend);
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (int w = 1; w < workers; ++w)
            helpers.emplace_back(work);
        work();
    }
    for (int t = 0; t < total; ++t) {
        StudyOutcome& o = outcomes[static_cast<std::size_t>(t)];
        auto& row = res.rows[static_cast<std::size_t>(t) % variants.size()];
        if (!o.attempted) {
            res.cancelled = true;
            continue;
        }
        ++row.solves;
        if (o.baseline) {
            appendRuns(o.row, row);
            continue;
        }
        const PerceptronTrainResult& r = o.result;
        if (r.status == MilpStatus::Cancelled) res.cancelled = true;
        if (!r.hasNetwork) {
            row.lastError = r.message.empty() ? statusId(r.status) : r.message;
            continue;
        }
        row.testAccuracy.push_back(r.test.accuracy);
        row.trainAccuracy.push_back(r.train.accuracy);
        row.weights.push_back(r.nonzeroWeights);
        row.activations.push_back(static_cast<double>(r.train.activations));
        row.neurons.push_back(r.usedNeurons);
        row.seconds.push_back(r.buildSeconds + r.solveSeconds);
        row.proven += r.proven() ? 1 : 0;
        row.verifyMismatches += r.verification.passed ? 0 : 1;
    }
    const int done = started;
    if (res.cancelled && res.message.empty()) res.message = "cancelled";
    if (hooks.onProgress && !res.cancelled && res.message.empty())
        hooks.onProgress(done, total, "");
    for (auto& row : res.rows)
        summarize(row);
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

std::string perceptronStudyCsv(const PerceptronStudyResult& result) {
    std::ostringstream os;
    os.imbue(std::locale::classic());
    os << "variant,weights_flag,activations_flag,neurons_flag,integer,runs,solves,acc_mean,acc_std,"
          "train_acc_mean,weights_mean,activations_mean,neurons_mean,seconds_mean,proven,"
          "verify_mismatches\n";
    for (const auto& r : result.rows) {
        const auto& v = r.variant;
        const bool milp = !v.baseline;
        os << v.id << ',' << (milp && v.sparsity.weights) << ',' << (milp && v.sparsity.activations)
           << ',' << (milp && v.sparsity.neurons) << ',' << v.integer << ',' << r.runs << ','
           << r.solves << ',' << r.accuracyMean << ',' << r.accuracyStd << ','
           << r.trainAccuracyMean << ',' << r.weightsMean << ',' << r.activationsMean << ','
           << r.neuronsMean << ',' << r.secondsMean << ',' << r.proven << ',' << r.verifyMismatches
           << '\n';
    }
    return os.str();
}

}  // namespace smip
