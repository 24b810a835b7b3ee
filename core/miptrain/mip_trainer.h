#pragma once
// One entry point for MIP training of multilayer networks (Patil & Mintz): full MIP,
// greedy layer-wise, MIP + SGD hybrid and Lagrangian decomposition, each trained network
// re-evaluated on train and test data, plus SGD from a random init as a reference row.
#include <limits>
#include <stop_token>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/miptrain/lagrangian_decomposition.h"
#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/sgd_trainer.h"

namespace smip {

/// One trained network, as a row of the results table.
struct MipTrainRow {
    std::string method;  ///< "full", "layerwise", "lagrangian", "hybrid" (MIP + SGD), "sgd"
    std::string start;   ///< hybrid: the MIP method it started from; sgd: "random"
    bool hasNetwork = false;
    MipNetwork network;
    MipEvaluation train, test;
    int nonzeros = 0;  ///< nonzero parameters (|θ| > 1e-6)
    double seconds = 0.0;
    double objective = std::numeric_limits<double>::quiet_NaN();  ///< MILP objective / best primal
    double bound = std::numeric_limits<double>::quiet_NaN();      ///< MILP bound / dual bound
    double gap = std::numeric_limits<double>::quiet_NaN();  ///< proven relative gap, NaN if none
    MilpStatus status = MilpStatus::Error;
    std::string message;
    bool exact = true;  ///< the MILP was exact (false: ReLU products relaxed; SGD rows: true)
};

struct MipTrainResult {
    bool ok = false;  ///< false: bad input, nothing trained (message says why)
    std::string message;
    int distinctSamples = 0;  ///< training samples after exact aggregation
    double trainSamples = 0;  ///< raw training samples
    std::vector<MipTrainRow> rows;
    std::vector<LagrangianRecord> lagrangian;  ///< Lagrangian method: one record per iteration
    std::vector<int> blockSizes;               ///< Lagrangian: distinct samples per block
    std::vector<double> hybridLoss, sgdLoss;   ///< per-epoch SGD losses (hybrid, reference)
};

/// Trains with `config` on `train` (classification) and evaluates on `train` and `test` (test may
/// be empty). `milp` supplies CBC options (log level, threads); time limits come from config.
/// Every MILP of every method runs on `backend`. Never throws for bad input: ok = false with a
/// message. Worker thread; hooks on that thread.
MipTrainResult runMipTraining(const Dataset& train, const Dataset& test,
                              const MipTrainConfig& config, const MilpOptions& milp,
                              const MipTrainHooks& hooks, std::stop_token stop,
                              const MilpBackend& backend = inProcessMilpBackend());

/// A row for an already trained network (evaluation only).
MipTrainRow evaluateRow(const std::string& method, const MipNetwork& net, const Dataset& train,
                        const Dataset& test, const MipFormulation& f);

/// Loads training data by name: "parity5" (1000/250, 10 % flipped, seeded) or any name
/// resolveDataset accepts (classification only), split 75/25 stratified and min-max scaled to
/// [0, 1] on the training part. False with a message on failure.
bool loadMipTrainData(const std::string& source, std::uint64_t seed, int samples, Dataset& train,
                      Dataset& test, std::string& error);

}  // namespace smip
