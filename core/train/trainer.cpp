// trainShallow: full-batch training of a ShallowReluNet with one regularizer, after the sparse-ReLU
// package's train_models (PyTorch Adam/AdamW + reweighted-l1 proximal steps), in Eigen.
#include "core/train/trainer.h"

#include <chrono>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>

#include "core/train/adam_optimizer.h"
#include "core/train/flush_denormals_scope.h"
#include "core/train/group_lasso_regularizer.h"
#include "core/train/l1_regularizer.h"
#include "core/train/path_norm_regularizer.h"
#include "core/train/train_memory.h"
#include "core/train/train_validation.h"

namespace smip {

ShallowReluNet initShallowNet(int inputs, int width, std::uint64_t seed) {
    if (inputs < 1 || width < 1)
        throw std::invalid_argument("initShallowNet: inputs and width must be >= 1 (got " +
                                    std::to_string(inputs) + ", " + std::to_string(width) + ")");
    // torch.nn.Linear's default: kaiming_uniform(a=√5) for weights and U(±1/√fan_in) for biases,
    // both amount to U(−1/√fan_in, 1/√fan_in). Hidden layer fan_in = d, output layer fan_in = K.
    // Uniforms come from the raw 53-bit mantissa so results do not depend on the standard
    // library's distribution implementation. Draw order: W row by row, then b, then v.
    std::mt19937_64 rng(seed);
    auto uniform = [&rng](double bound) {
        const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;  // [0, 1)
        return -bound + 2.0 * bound * u;
    };
    const double hb = 1.0 / std::sqrt(static_cast<double>(inputs));
    const double ob = 1.0 / std::sqrt(static_cast<double>(width));
    ShallowReluNet net;
    net.W.resize(width, inputs);
    net.b.resize(width);
    net.v.resize(width);
    for (int k = 0; k < width; ++k)
        for (int j = 0; j < inputs; ++j)
            net.W(k, j) = uniform(hb);
    for (int k = 0; k < width; ++k)
        net.b(k) = uniform(hb);
    for (int k = 0; k < width; ++k)
        net.v(k) = uniform(ob);
    return net;
}

namespace {

void require(bool ok, const std::string& message) {
    if (!ok) throw std::invalid_argument("trainShallow: " + message);
}

void validate(const Dataset& data, const ShallowReluNet& init, const RegularizerSpec& reg,
              const TrainConfig& c) {
    const ConfigIssues issues = validateTrainingInput(data, {reg}, c);
    require(issues.canStart(), issues.summary(IssueSeverity::Invalid));
    require(init.width() > 0, "the initial network has no hidden units");
    require(init.inputs() == data.features(),
            "the initial network has " + std::to_string(init.inputs()) +
                " inputs but the dataset has " + std::to_string(data.features()) + " features");
    require(init.b.size() == init.width() && init.v.size() == init.width(),
            "the initial network's b and v must have one entry per hidden unit");
    require(init.W.allFinite() && init.b.allFinite() && init.v.allFinite(),
            "the initial network contains NaN or infinite weights");
}

// Throws (before anything big is allocated) when this run's reservation failed.
void requireMemory(const TrainingMemoryReservation& memory, const Dataset& data,
                   const ShallowReluNet& init, const TrainConfig& c) {
    if (memory.ok()) return;
    const std::uint64_t limit = trainingMemoryLimit(c);
    std::string why =
        trainingMemoryProblem(data.samples(), data.features(), init.width(), 1, c, limit);
    if (why.empty())  // this run alone fits: the trainings running now hold the rest
        why = "training needs about " +
              formatBytes(estimateTrainingBytes(data.samples(), data.features(), init.width(), c)) +
              " of memory, but the trainings running now already hold " +
              formatBytes(memory.reservedByOthers()) + " of the limit of " + formatBytes(limit) +
              "; wait for them, or use a smaller width or fewer regularizers";
    require(false, why);
}

}  // namespace

TrainResult trainShallow(const Dataset& data, const ShallowReluNet& init,
                         const RegularizerSpec& reg, const TrainConfig& config,
                         const TrainHooks& hooks, std::stop_token stop) {
    validate(data, init, reg, config);
    const TrainingMemoryReservation memory(
        estimateTrainingBytes(data.samples(), data.features(), init.width(), config),
        trainingMemoryLimit(config));
    requireMemory(memory, data, init, config);
    FlushDenormalsScope flushDenormals;
    const auto start = std::chrono::steady_clock::now();

    const int K = init.width(), d = init.inputs();
    const Eigen::Index nW = Eigen::Index(K) * d;
    // One flat parameter vector [W (column-major), b, v] so Adam is a single vectorized pass;
    // W, b, v are views into it. Everything below is sized here: the epoch loop never allocates.
    Eigen::VectorXd theta(nW + 2 * K), grad(nW + 2 * K), prev(nW + 2 * K);
    Eigen::Map<Eigen::MatrixXd> W(theta.data(), K, d), gW(grad.data(), K, d), pW(prev.data(), K, d);
    Eigen::Map<Eigen::VectorXd> b(theta.data() + nW, K), gb(grad.data() + nW, K),
        pb(prev.data() + nW, K);
    Eigen::Map<Eigen::VectorXd> v(theta.data() + nW + K, K), gv(grad.data() + nW + K, K),
        pv(prev.data() + nW + K, K);
    W = init.W;
    b = init.b;
    v = init.v;
    ShallowReluWorkspace ws;
    ws.prepare(data.X, K);

    AdamSettings adamSettings;
    adamSettings.lr = config.lr;
    if (reg.kind == RegularizerKind::WeightDecay) adamSettings.weightDecay = reg.lambda;
    AdamOptimizer adam(static_cast<int>(theta.size()), adamSettings);
    PathNormSettings pathSettings;
    pathSettings.p = reg.kind == RegularizerKind::PathNorm ? reg.p : 1.0;
    pathSettings.lambda = reg.lambda;
    pathSettings.gamma = config.gamma;
    pathSettings.eps = config.eps;
    pathSettings.includeBiases = config.countBiases;
    PathNormRegularizer pathNorm(pathSettings, d);
    const L1Regularizer l1(reg.lambda, config.lr);
    const GroupLassoRegularizer group(reg.lambda, config.lr);

    TrainResult result;
    result.regularizer = reg;
    result.net = init;
    result.history.reserve(static_cast<std::size_t>(config.epochs / config.reportEvery) + 3);
    if (config.keepSnapshots) result.snapshots.reserve(result.history.capacity());
    auto report = [&](int epoch) {
        result.net.W = W;  // same sizes: copies, no allocation
        result.net.b = b;
        result.net.v = v;
        TrainSample sample{epoch, computeMetrics(result.net, data.X, data.y, config.metricP,
                                                 config.eps, config.countBiases)};
        result.history.push_back(sample);
        if (config.keepSnapshots) result.snapshots.push_back(result.net);
        if (hooks.onSample) hooks.onSample(sample);
        if (hooks.onWeights) hooks.onWeights(result.net);
    };

    report(0);
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        // An atomic load every 64 cheap epochs: stops well within a second even for big nets.
        if ((epoch & 63) == 1 && stop.stop_requested()) {
            result.status = TrainStatus::Cancelled;
            break;
        }
        const bool prox = epoch > config.proxStartEpoch;
        if (prox && reg.kind == RegularizerKind::PathNorm) prev = theta;
        const double mse = forwardBackwardMse(W, b, v, data.X, data.y, ws, gW, gb, gv);
        if (!std::isfinite(mse)) {
            result.status = TrainStatus::Diverged;
            break;
        }
        adam.step(theta, grad);
        // As the sparse-ReLU package: proximal steps only after REWEIGHTED_L1_START_EPOCH = 5 (Adam
        // alone before).
        if (prox) {
            switch (reg.kind) {
                case RegularizerKind::PathNorm:
                    pathNorm.proximalStep(W, b, v, pW, pb, pv);
                    break;
                case RegularizerKind::L1:
                    l1.proximalStep(W, b, v);
                    break;
                case RegularizerKind::GroupLasso:
                    group.proximalStep(W, b, v);
                    break;
                case RegularizerKind::None:
                case RegularizerKind::WeightDecay:
                    break;
            }
        }
        result.epochsRun = epoch;
        if (epoch % config.reportEvery == 0 || epoch == config.epochs) report(epoch);
    }
    if (result.history.back().epoch != result.epochsRun) report(result.epochsRun);
    result.final = result.history.back().metrics;
    if (result.status == TrainStatus::Finished && !std::isfinite(result.final.mse))
        result.status = TrainStatus::Diverged;
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace smip
