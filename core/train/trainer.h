#pragma once
// Gradient training of a ShallowReluNet with one regularizer (the sparse-ReLU package's trainer,
// then beyond). Synchronous: call it on a worker thread; it reports samples through hooks and stops
// within a second of a stop request.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/nn/net_metrics.h"
#include "core/nn/shallow_relu_net.h"

namespace smip {

enum class RegularizerKind {
    None,         ///< plain Adam on the MSE
    WeightDecay,  ///< AdamW, decoupled weight decay = lambda
    PathNorm,     ///< lp path norm by the package's reweighted-l1 proximal step on v_k·[w_k,b_k]
    L1,           ///< ISTA: soft-threshold every weight after the Adam step
    GroupLasso    ///< group soft-threshold per hidden neuron ([w_k, b_k, v_k] as one group)
};

struct RegularizerSpec {
    RegularizerKind kind = RegularizerKind::None;
    double p = 1.0;         ///< only for PathNorm, in (0, 1]
    double lambda = 0.005;  ///< strength (weight decay for WeightDecay)

    /// Stable id used by the CLI and JSON: "none", "wd", "p0.4", "l1", "group".
    std::string id() const;
    /// Parses an id as above; returns false for an unknown id or p outside (0, 1].
    static bool parse(const std::string& id, RegularizerSpec& out, double lambda = 0.005);
};

struct TrainConfig {
    int epochs = 100000;
    double lr = 0.01;
    double gamma = 0.01;      ///< prox step scale in C = λ·γ·p·|prev|^(p−1)
    double eps = 1e-6;        ///< nonzero threshold and zero-row threshold
    int proxStartEpoch = 5;   ///< prox steps start after this epoch (the package: 5)
    int reportEvery = 100;    ///< sample interval in epochs (first and last always reported)
    bool countBiases = true;  ///< nonzero metric counts v_k·b_k too
    double metricP = 1.0;     ///< p of the path-norm metric shown for every regularizer
    /// Keep the weights at every sample (TrainResult::snapshots) for replaying the run: 8 bytes
    /// per parameter and sample (49 parameters × 1 001 samples ≈ 400 kB per run). Off by default
    /// because a wide net on many samples would hold far more.
    bool keepSnapshots = false;
    /// Memory all trainings of the process may hold at once (train_memory.h); a run whose
    /// estimate does not fit is refused before it allocates. 0: defaultMemoryLimit().
    std::uint64_t memoryLimitBytes = 0;
};

struct TrainSample {
    int epoch = 0;
    NetMetrics metrics;
};

struct TrainHooks {
    /// Called on the training thread at every reported epoch.
    std::function<void(const TrainSample&)> onSample;
    /// Called on the training thread at every reported epoch with the current weights.
    std::function<void(const ShallowReluNet&)> onWeights;
};

enum class TrainStatus { Finished, Cancelled, Diverged };

struct TrainResult {
    RegularizerSpec regularizer;
    TrainStatus status = TrainStatus::Finished;
    ShallowReluNet net;
    std::vector<TrainSample> history;
    /// With TrainConfig::keepSnapshots: the weights at each history sample (same length and
    /// order as history); otherwise empty.
    std::vector<ShallowReluNet> snapshots;
    NetMetrics final;
    int epochsRun = 0;
    double seconds = 0.0;
};

/// Default initialization like a framework linear layer: U(−1/√fan_in, 1/√fan_in), seeded.
ShallowReluNet initShallowNet(int inputs, int width, std::uint64_t seed);

/// Trains `init` (copied) on `data` (regression targets) with one regularizer. Throws
/// std::invalid_argument for bad input, including a run whose memory estimate does not fit
/// config.memoryLimitBytes next to the trainings already running.
TrainResult trainShallow(const Dataset& data, const ShallowReluNet& init,
                         const RegularizerSpec& reg, const TrainConfig& config,
                         const TrainHooks& hooks = {}, std::stop_token stop = {});

}  // namespace smip
