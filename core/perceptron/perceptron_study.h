#pragma once
// The sparsity study of Rosenhahn (JOTA 2023, Table 3) on our data: repeated seeded 50/50 splits,
// 8 hidden units, all 8 combinations of the weights/activations/neurons flags, the integer variant
// and a gradient-trained baseline on the same splits: the ReLU MLP classifier of core/mlp with an
// L1 proximal step (the paper compares with back-propagation). Synchronous; worker thread.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/milp/milp_backend.h"
#include "core/milp/milp_solver.h"
#include "core/mlp/mlp_trainer.h"
#include "core/perceptron/perceptron_config.h"

namespace smip {

/// One row of the table: a MILP variant or the baseline.
struct PerceptronStudyVariant {
    std::string id;  ///< "000".."111" (weights, activations, neurons), "int", "baseline"
    PerceptronSparsity sparsity;  ///< flags and factors (unused for the baseline)
    bool integer = false;
    bool baseline = false;
};

/// The baseline's training: torch.nn.Linear's initialization, full-batch Adam (lr 0.01) for 2000
/// epochs with L1 λ = 1e-3 on the weights, seed 1. The study sets hidden = {network.hidden} and
/// the seed per split.
MlpTrainConfig perceptronBaselineConfig();

struct PerceptronStudyConfig {
    int repeats = 10;                ///< seeded splits (paper: 10)
    double testFraction = 0.5;       ///< paper: 50 % train, 50 % test
    int maxTrain = 0;                ///< > 0: stratified subsample of each training half
    std::uint64_t seed = 1;          ///< split r uses seed + r
    double timeLimitSeconds = 30.0;  ///< per MILP solve
    PerceptronConfig network;        ///< hidden = 8 by default; sparsity/integer set per variant
    double factor = 0.1;             ///< every sparsity factor (paper: 0.1)
    bool includeInteger = true;      ///< add the "int" row
    PerceptronSparsity integerFlags{true, true, true};     ///< flags of the "int" row
    bool includeBaseline = true;                           ///< add the gradient baseline row
    MlpTrainConfig baseline = perceptronBaselineConfig();  ///< hidden follows network.hidden
    /// Runs at once (threads, each MILP on the caller's backend: worker processes run side by
    /// side). 1 charts the current solve through hooks.milp; more report only the run counter.
    int workers = 1;
};

/// Per-run values and their summary for one variant.
struct PerceptronStudyRow {
    PerceptronStudyVariant variant;
    std::vector<double> testAccuracy, trainAccuracy, weights, activations, neurons, seconds;
    int runs = 0;              ///< runs that produced a network
    int solves = 0;            ///< attempted runs
    int proven = 0;            ///< MILP solves proven optimal (baseline: 0)
    int verifyMismatches = 0;  ///< decoded training errors ≠ the MILP's loss term
    std::string lastError;     ///< message of the last run without a network
    // Summary (means over runs with a network; std is the sample standard deviation).
    double accuracyMean = 0, accuracyStd = 0, trainAccuracyMean = 0;
    double weightsMean = 0, activationsMean = 0, neuronsMean = 0, secondsMean = 0;
};

struct PerceptronStudyResult {
    std::string dataset;
    int samples = 0, features = 0, classes = 0;
    int trainSamples = 0, testSamples = 0;  ///< of the first split (after --max-train)
    bool subsampled = false;                ///< maxTrain cut the training halves
    bool cancelled = false;
    std::string message;  ///< why the study stopped early or could not run
    PerceptronStudyConfig config;
    std::vector<PerceptronStudyRow> rows;
    double seconds = 0.0;
};

struct PerceptronStudyHooks {
    /// Called on the study thread before each run: runs done so far, total, the variant id.
    std::function<void(int done, int total, const std::string& variant)> onProgress;
    /// Passed to every MILP solve (live incumbent/bound of the current solve). Its onModel sees
    /// every run's model, named perceptronStudySolveName (with several workers: concurrently).
    MilpHooks milp;
};

/// The name of one run's solve as the onModel hook sees it: "<dataset>-<variant>-split<r+1>",
/// e.g. "wine-101-split3" (repeat r is 0-based).
std::string perceptronStudySolveName(const std::string& dataset, const std::string& variant,
                                     int repeat);

/// The table's rows in order: 000, 100, 010, 001, 110, 101, 011, 111, [int], [baseline].
std::vector<PerceptronStudyVariant> perceptronStudyVariants(const PerceptronStudyConfig& config);

/// Runs the study. Bad data or config → message set and no rows. A stop request ends it after
/// the current solve is cancelled (cancelled = true, rows summarize the finished runs). Every
/// MILP runs on `backend` (a long unattended study wants worker processes: a CBC crash then
/// costs one run, not the study).
PerceptronStudyResult runPerceptronStudy(const Dataset& data, const PerceptronStudyConfig& config,
                                         const PerceptronStudyHooks& hooks = {},
                                         std::stop_token stop = {},
                                         const MilpBackend& backend = inProcessMilpBackend());

/// The table as CSV text (header + one line per row), numbers in C locale.
std::string perceptronStudyCsv(const PerceptronStudyResult& result);

}  // namespace smip
