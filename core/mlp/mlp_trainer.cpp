#include "core/mlp/mlp_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>

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
    const int n = static_cast<int>(data.Xtrain.rows());
    const int d = static_cast<int>(data.Xtrain.cols());
    if (n == 0 || d == 0 || data.ytrain.size() != n || data.classes < 2) {
        result.message = "training data is empty, has mismatched labels or fewer than 2 classes";
        return result;
    }
    if (data.ytrain.minCoeff() < 0 || data.ytrain.maxCoeff() >= data.classes ||
        (data.ytest.size() > 0 &&
         (data.ytest.minCoeff() < 0 || data.ytest.maxCoeff() >= data.classes))) {
        result.message = "a label is outside 0.." + std::to_string(data.classes - 1);
        return result;
    }
    if (config.epochs < 0 || config.batchSize < 1 || !(config.learningRate > 0.0)) {
        result.message = "epochs must be ≥ 0, batch size ≥ 1 and learning rate > 0";
        return result;
    }
    std::vector<int> sizes{d};
    for (int h : config.hidden) {
        if (h < 1) {
            result.message = "hidden layer sizes must be ≥ 1, got " + std::to_string(h);
            return result;
        }
        sizes.push_back(h);
    }
    sizes.push_back(data.classes);

    MlpClassifier net = MlpClassifier::randomInit(sizes, config.seed);
    net.inputShift = data.shift;
    net.inputScale = data.scale;
    const int batch = std::min(config.batchSize, n);
    Workspace ws(net, batch);
    MlpGradient g, m, v;
    shapeGradient(net, g);
    shapeGradient(net, m);
    shapeGradient(net, v);
    std::vector<int> order(n), labels(batch);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(config.seed ^ 0x9e3779b97f4a7c15ULL);
    long long step = 0;
    result.status = MlpTrainStatus::Finished;
    const bool hasTest = data.Xtest.rows() > 0;

    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0.0;
        int batches = 0;
        for (int start = 0; start < n; start += batch) {
            if (stop.stop_requested()) {
                result.status = MlpTrainStatus::Cancelled;
                break;
            }
            const int b = std::min(batch, n - start);
            for (int j = 0; j < b; ++j) {
                ws.act[0].col(j) = data.Xtrain.row(order[start + j]).transpose();
                labels[j] = data.ytrain(order[start + j]);
            }
            lossSum += lossAndGrad(net, ws, labels.data(), b, g);
            ++batches;
            ++step;
            // Adam (Kingma & Ba 2015) with bias correction, as torch.optim.Adam in the
            // ReLU-formulation notebook.
            const double c1 = 1.0 - std::pow(config.beta1, static_cast<double>(step));
            const double c2 = 1.0 - std::pow(config.beta2, static_cast<double>(step));
            const double lr = config.learningRate * std::sqrt(c2) / c1;
            for (int l = 0; l < net.layerCount(); ++l) {
                if (config.weightDecay > 0.0) g.dW[l] += config.weightDecay * net.weights[l];
                m.dW[l] = config.beta1 * m.dW[l] + (1.0 - config.beta1) * g.dW[l];
                v.dW[l] = config.beta2 * v.dW[l] + (1.0 - config.beta2) * g.dW[l].cwiseAbs2();
                net.weights[l].array() -=
                    lr * m.dW[l].array() / (v.dW[l].array().sqrt() + config.epsilon);
                m.db[l] = config.beta1 * m.db[l] + (1.0 - config.beta1) * g.db[l];
                v.db[l] = config.beta2 * v.db[l] + (1.0 - config.beta2) * g.db[l].cwiseAbs2();
                net.biases[l].array() -=
                    lr * m.db[l].array() / (v.db[l].array().sqrt() + config.epsilon);
            }
        }
        if (result.status == MlpTrainStatus::Cancelled) break;
        MlpEpochInfo info;
        info.epoch = epoch;
        info.loss = batches > 0 ? lossSum / batches : 0.0;
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
