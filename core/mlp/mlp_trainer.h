#pragma once
// Mini-batch Adam training of an MlpClassifier on softmax cross-entropy, optionally with an L1
// proximal step (ISTA-style) that zeroes weights. Synchronous: call it on a worker thread; hooks
// run on that thread; a stop request ends training after the current batch.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/mlp/mlp_classifier.h"
#include "core/mlp/mlp_data_split.h"

namespace smip {

struct MlpTrainConfig {
    std::vector<int> hidden{32, 16};  ///< hidden layer sizes (input/output come from the data)
    int epochs = 30;
    int batchSize = 32;          ///< ≥ number of training rows: full-batch gradient steps
    double learningRate = 0.01;  ///< Adam step (the ReLU-formulation notebook: torch Adam, lr 0.01)
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0.0;  ///< L2 added to the gradient (0 = off)
    /// L1 strength λ on every weight (not the biases): after each Adam step the weights are
    /// soft-thresholded by learningRate·λ, so small ones become exactly 0. 0 = off.
    double l1 = 0.0;
    MlpInit init = MlpInit::HeUniform;
    std::uint64_t seed = 0;  ///< initialization and batch order
};

struct MlpEpochInfo {
    int epoch = 0;               ///< 1-based
    double loss = 0.0;           ///< mean training cross-entropy over the epoch's batches
    double trainAccuracy = 0.0;  ///< in [0,1], after the epoch
    double testAccuracy = 0.0;   ///< in [0,1], after the epoch (NaN without test rows)
    double seconds = 0.0;        ///< since training started
};

struct MlpTrainHooks {
    /// Called on the training thread after every epoch.
    std::function<void(const MlpEpochInfo&)> onEpoch;
};

enum class MlpTrainStatus { Finished, Cancelled, Diverged, InvalidInput };

struct MlpTrainResult {
    MlpTrainStatus status = MlpTrainStatus::InvalidInput;
    std::string message;  ///< why, for InvalidInput/Diverged
    MlpClassifier model;  ///< carries the split's input scaling
    std::vector<MlpEpochInfo> history;
    double trainAccuracy = 0.0;
    double testAccuracy = 0.0;
    double seconds = 0.0;
};

/// Per-layer gradients, shaped like the network's weights and biases.
struct MlpGradient {
    std::vector<Eigen::MatrixXd> dW;
    std::vector<Eigen::VectorXd> db;
};

/// Mean softmax cross-entropy of `net` on rows of X (scaled) with labels y, and its gradient.
double mlpLossAndGradient(const MlpClassifier& net, const Eigen::MatrixXd& X,
                          const Eigen::VectorXi& y, MlpGradient& grad);

/// Trains a fresh network (sizes {d, hidden..., classes}) on `data`; the model's input map is the
/// split's scaler. Never throws on bad input.
MlpTrainResult trainMlp(const MlpDataSplit& data, const MlpTrainConfig& config,
                        const MlpTrainHooks& hooks = {}, std::stop_token stop = {});

/// Stable id ("finished", "cancelled", "diverged", "invalid_input") for JSON. Not for display.
const char* mlpTrainStatusId(MlpTrainStatus s);

}  // namespace smip
