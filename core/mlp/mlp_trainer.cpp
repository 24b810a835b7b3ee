#include "core/mlp/mlp_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <optional>
#include <random>

#include "core/train/adam_optimizer.h"
#include "core/train/flush_denormals_scope.h"
#include "core/train/soft_threshold.h"

namespace smip {
namespace {

// Forward/backward buffers sized once for the largest batch, so the epoch loop does not allocate.
struct Workspace {
    std::vector<Eigen::MatrixXd> act;    // act[0] = input (d × B), act[l+1] = layer l output
    std::vector<Eigen::MatrixXd> delta;  // dLoss/dz of layer l (out_l × B)

    Workspace(const MlpClassifier& net, int batch) {
        act.emplace_back(net.inputSize(), batch);
        for (const auto& W : net.weights) {
            act.emplace_back(W.rows(), batch);
            delta.emplace_back(W.rows(), batch);
        }
    }
};

// Loss and gradient on the first `b` columns of ws.act[0] (labels in `labels`).
double lossAndGrad(const MlpClassifier& net, Workspace& ws, const int* labels, int b,
                   MlpGradient& g) {
    const int L = net.layerCount();
    for (int l = 0; l < L; ++l) {
        auto z = ws.act[l + 1].leftCols(b);
        z.noalias() = net.weights[l] * ws.act[l].leftCols(b);
        z.colwise() += net.biases[l];
        if (l + 1 < L) z = z.cwiseMax(0.0);
    }
    // Softmax cross-entropy, shifted by the column max for numerical stability.
    auto out = ws.act[L].leftCols(b);
    auto dOut = ws.delta[L - 1].leftCols(b);
    double loss = 0.0;
    for (int j = 0; j < b; ++j) {
        const double m = out.col(j).maxCoeff();
        dOut.col(j) = (out.col(j).array() - m).exp().matrix();
        const double s = dOut.col(j).sum();
        loss += std::log(s) + m - out(labels[j], j);
        dOut.col(j) /= s;
        dOut(labels[j], j) -= 1.0;
    }
    dOut /= static_cast<double>(b);
    for (int l = L - 1; l >= 0; --l) {
        auto d = ws.delta[l].leftCols(b);
        g.dW[l].noalias() = d * ws.act[l].leftCols(b).transpose();
        g.db[l] = d.rowwise().sum();
        if (l > 0) {
            auto dPrev = ws.delta[l - 1].leftCols(b);
            dPrev.noalias() = net.weights[l].transpose() * d;
            // ReLU derivative: pass the gradient only where the activation was positive.
            dPrev = (ws.act[l].leftCols(b).array() > 0.0).select(dPrev, 0.0);
        }
    }
    return loss / b;
}

void shapeGradient(const MlpClassifier& net, MlpGradient& g) {
    g.dW.resize(net.weights.size());
    g.db.resize(net.weights.size());
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        g.dW[l].setZero(net.weights[l].rows(), net.weights[l].cols());
        g.db[l].setZero(net.biases[l].size());
    }
}

// Empty when `data` and `config` can be trained on; otherwise what is wrong.
std::string checkTrainingInput(const MlpDataSplit& data, const MlpTrainConfig& config) {
    const Eigen::Index n = data.Xtrain.rows();
    if (n == 0 || data.Xtrain.cols() == 0 || data.ytrain.size() != n || data.classes < 2)
        return "training data is empty, has mismatched labels or fewer than 2 classes";
    if (data.ytrain.minCoeff() < 0 || data.ytrain.maxCoeff() >= data.classes ||
        (data.ytest.size() > 0 &&
         (data.ytest.minCoeff() < 0 || data.ytest.maxCoeff() >= data.classes)))
        return "a label is outside 0.." + std::to_string(data.classes - 1);
    if (config.epochs < 0 || config.batchSize < 1 || !(config.learningRate > 0.0))
        return "epochs must be ≥ 0, batch size ≥ 1 and learning rate > 0";
    if (!(config.l1 >= 0.0) || !std::isfinite(config.l1)) return "the L1 strength must be ≥ 0";
    for (int h : config.hidden)
        if (h < 1) return "hidden layer sizes must be ≥ 1, got " + std::to_string(h);
    return {};
}

// One epoch of mini-batch Adam (+ L1 prox) over the shuffled training rows. Every buffer and
// optimizer is sized in the constructor: epoch() does not allocate.
class EpochRunner {
  public:
    EpochRunner(MlpClassifier& net, const MlpDataSplit& data, const MlpTrainConfig& config)
        : net_(net),
          data_(data),
          config_(config),
          batch_(std::min(config.batchSize, static_cast<int>(data.Xtrain.rows()))),
          ws_(net, batch_),
          order_(static_cast<std::size_t>(data.Xtrain.rows())),
          labels_(static_cast<std::size_t>(batch_)),
          rng_(config.seed ^ 0x9e3779b97f4a7c15ULL) {
        shapeGradient(net, grad_);
        AdamSettings adam;
        adam.lr = config.learningRate;
        adam.beta1 = config.beta1;
        adam.beta2 = config.beta2;
        adam.eps = config.epsilon;
        for (int l = 0; l < net.layerCount(); ++l) {
            weightAdam_.emplace_back(static_cast<int>(net.weights[l].size()), adam);
            biasAdam_.emplace_back(static_cast<int>(net.biases[l].size()), adam);
        }
        std::iota(order_.begin(), order_.end(), 0);
    }

    /// Mean batch loss of the epoch, or nothing when `stop` ended it.
    std::optional<double> epoch(const std::stop_token& stop) {
        const int n = static_cast<int>(order_.size());
        std::shuffle(order_.begin(), order_.end(), rng_);
        double lossSum = 0.0;
        int batches = 0;
        for (int start = 0; start < n; start += batch_) {
            if (stop.stop_requested()) return std::nullopt;
            const int b = std::min(batch_, n - start);
            for (int j = 0; j < b; ++j) {
                ws_.act[0].col(j) = data_.Xtrain.row(order_[start + j]).transpose();
                labels_[j] = data_.ytrain(order_[start + j]);
            }
            lossSum += lossAndGrad(net_, ws_, labels_.data(), b, grad_);
            ++batches;
            update();
        }
        return batches > 0 ? lossSum / batches : 0.0;
    }

  private:
    void update() {
        for (int l = 0; l < net_.layerCount(); ++l) {
            // Coupled L2 (weight decay added to the loss gradient), unlike AdamW's decoupled one.
            if (config_.weightDecay > 0.0) grad_.dW[l] += config_.weightDecay * net_.weights[l];
            weightAdam_[l].step(coefficients(net_.weights[l]), coefficients(grad_.dW[l]));
            biasAdam_[l].step(coefficients(net_.biases[l]), coefficients(grad_.db[l]));
            if (config_.l1 > 0.0)
                softThresholdInPlace(net_.weights[l], config_.learningRate * config_.l1);
        }
    }

    MlpClassifier& net_;
    const MlpDataSplit& data_;
    const MlpTrainConfig& config_;
    int batch_;
    Workspace ws_;
    MlpGradient grad_;
    std::vector<AdamOptimizer> weightAdam_, biasAdam_;
    std::vector<int> order_, labels_;
    std::mt19937_64 rng_;
};

}  // namespace

const char* mlpTrainStatusId(MlpTrainStatus s) {
    switch (s) {
        case MlpTrainStatus::Finished:
            return "finished";
        case MlpTrainStatus::Cancelled:
            return "cancelled";
        case MlpTrainStatus::Diverged:
            return "diverged";
        case MlpTrainStatus::InvalidInput:
            return "invalid_input";
    }
    return "invalid_input";
}

double mlpLossAndGradient(const MlpClassifier& net, const Eigen::MatrixXd& X,
                          const Eigen::VectorXi& y, MlpGradient& grad) {
    const int b = static_cast<int>(X.rows());
    shapeGradient(net, grad);
    if (b == 0) return 0.0;
    Workspace ws(net, b);
    ws.act[0] = X.transpose();
    return lossAndGrad(net, ws, y.data(), b, grad);
}

MlpTrainResult trainMlp(const MlpDataSplit& data, const MlpTrainConfig& config,
                        const MlpTrainHooks& hooks, std::stop_token stop) {
    MlpTrainResult result;
    const auto t0 = std::chrono::steady_clock::now();
    result.message = checkTrainingInput(data, config);
    if (!result.message.empty()) return result;
    // Adam's moments of weights the L1 step pinned at 0 decay into denormals (slow on x86).
    FlushDenormalsScope flushDenormals;
    std::vector<int> sizes{static_cast<int>(data.Xtrain.cols())};
    sizes.insert(sizes.end(), config.hidden.begin(), config.hidden.end());
    sizes.push_back(data.classes);
    MlpClassifier net = MlpClassifier::randomInit(sizes, config.seed, config.init);
    if (data.scaler.features() > 0) {
        net.inputShift = data.scaler.offset;
        net.inputScale = data.scaler.scale.cwiseInverse();
    }
    EpochRunner runner(net, data, config);
    result.status = MlpTrainStatus::Finished;
    const bool hasTest = data.Xtest.rows() > 0;
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        const std::optional<double> loss = runner.epoch(stop);
        if (!loss) {
            result.status = MlpTrainStatus::Cancelled;
            break;
        }
        MlpEpochInfo info;
        info.epoch = epoch;
        info.loss = *loss;
        info.trainAccuracy = net.accuracy(data.Xtrain, data.ytrain);
        info.testAccuracy = hasTest ? net.accuracy(data.Xtest, data.ytest) : std::nan("");
        info.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        result.history.push_back(info);
        if (hooks.onEpoch) hooks.onEpoch(info);
        if (!std::isfinite(info.loss)) {
            result.status = MlpTrainStatus::Diverged;
            result.message = "the loss became non-finite at epoch " + std::to_string(epoch);
            break;
        }
    }
    result.trainAccuracy = net.accuracy(data.Xtrain, data.ytrain);
    result.testAccuracy = hasTest ? net.accuracy(data.Xtest, data.ytest) : std::nan("");
    result.model = std::move(net);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return result;
}

}  // namespace smip
