#include "core/mlp/mlp_classifier.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace smip {

std::vector<int> MlpClassifier::layerSizes() const {
    std::vector<int> sizes;
    if (weights.empty()) return sizes;
    sizes.push_back(inputSize());
    for (const auto& W : weights)
        sizes.push_back(static_cast<int>(W.rows()));
    return sizes;
}

int MlpClassifier::hiddenNeuronCount() const {
    int n = 0;
    for (int l = 0; l < hiddenLayerCount(); ++l)
        n += static_cast<int>(weights[l].rows());
    return n;
}

std::string MlpClassifier::validate() const {
    if (weights.empty()) return "the network has no layers";
    if (biases.size() != weights.size())
        return "the network has " + std::to_string(weights.size()) + " weight matrices but " +
               std::to_string(biases.size()) + " bias vectors";
    for (std::size_t l = 0; l < weights.size(); ++l) {
        if (weights[l].rows() == 0 || weights[l].cols() == 0)
            return "layer " + std::to_string(l + 1) + " has an empty weight matrix";
        if (biases[l].size() != weights[l].rows())
            return "layer " + std::to_string(l + 1) + " has " + std::to_string(weights[l].rows()) +
                   " neurons but " + std::to_string(biases[l].size()) + " biases";
        if (l > 0 && weights[l].cols() != weights[l - 1].rows())
            return "layer " + std::to_string(l + 1) + " expects " +
                   std::to_string(weights[l].cols()) + " inputs but layer " + std::to_string(l) +
                   " has " + std::to_string(weights[l - 1].rows()) + " neurons";
        if (!weights[l].allFinite() || !biases[l].allFinite())
            return "layer " + std::to_string(l + 1) + " has a non-finite weight or bias";
    }
    if (inputShift.size() != 0 && inputShift.size() != inputSize())
        return "the input shift has " + std::to_string(inputShift.size()) + " entries, expected " +
               std::to_string(inputSize());
    if (inputScale.size() != 0 && inputScale.size() != inputSize())
        return "the input scale has " + std::to_string(inputScale.size()) + " entries, expected " +
               std::to_string(inputSize());
    return {};
}

Eigen::VectorXd MlpClassifier::scaleInput(const Eigen::VectorXd& raw) const {
    Eigen::VectorXd x = raw;
    if (inputShift.size() == x.size()) x -= inputShift;
    if (inputScale.size() == x.size()) x = x.cwiseProduct(inputScale);
    return x;
}

std::vector<Eigen::VectorXd> MlpClassifier::preActivations(const Eigen::VectorXd& x) const {
    std::vector<Eigen::VectorXd> out;
    out.reserve(weights.size());
    Eigen::VectorXd h = x;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        Eigen::VectorXd z = weights[l] * h + biases[l];
        if (l + 1 < weights.size()) h = z.cwiseMax(0.0);
        out.push_back(std::move(z));
    }
    return out;
}

Eigen::VectorXd MlpClassifier::logits(const Eigen::VectorXd& x) const {
    return preActivations(x).back();
}

int MlpClassifier::predict(const Eigen::VectorXd& x) const {
    Eigen::Index best = 0;
    logits(x).maxCoeff(&best);
    return static_cast<int>(best);
}

Eigen::MatrixXd MlpClassifier::batchLogits(const Eigen::MatrixXd& X) const {
    // One matrix product per layer for all rows (rows = samples), not one per sample.
    Eigen::MatrixXd h = X;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        Eigen::MatrixXd z = h * weights[l].transpose();
        z.rowwise() += biases[l].transpose();
        h = l + 1 < weights.size() ? Eigen::MatrixXd(z.cwiseMax(0.0)) : std::move(z);
    }
    return h;
}

double MlpClassifier::accuracy(const Eigen::MatrixXd& X, const Eigen::VectorXi& y) const {
    if (X.rows() == 0) return 0.0;
    const Eigen::MatrixXd Z = batchLogits(X);
    int correct = 0;
    for (Eigen::Index i = 0; i < Z.rows(); ++i) {
        Eigen::Index best = 0;
        Z.row(i).maxCoeff(&best);  // lowest index on ties, as predict()
        correct += best == y(i) ? 1 : 0;
    }
    return static_cast<double>(correct) / static_cast<double>(X.rows());
}

MlpClassifier MlpClassifier::randomInit(const std::vector<int>& sizes, std::uint64_t seed,
                                        MlpInit init) {
    MlpClassifier net;
    std::mt19937_64 rng(seed);
    auto draw = [&rng](Eigen::Index rows, Eigen::Index cols, double a) {
        std::uniform_real_distribution<double> u(-a, a);
        Eigen::MatrixXd M(rows, cols);
        for (Eigen::Index j = 0; j < M.cols(); ++j)
            for (Eigen::Index i = 0; i < M.rows(); ++i)
                M(i, j) = u(rng);
        return M;
    };
    for (std::size_t l = 1; l < sizes.size(); ++l) {
        const double fanIn = std::max(1, sizes[l - 1]);
        if (init == MlpInit::HeUniform) {
            // He-uniform keeps ReLU activations' variance stable across layers.
            net.weights.push_back(draw(sizes[l], sizes[l - 1], std::sqrt(6.0 / fanIn)));
            net.biases.push_back(Eigen::VectorXd::Zero(sizes[l]));
        } else {
            net.weights.push_back(draw(sizes[l], sizes[l - 1], 1.0 / std::sqrt(fanIn)));
            net.biases.push_back(draw(sizes[l], 1, 1.0 / std::sqrt(fanIn)));
        }
    }
    return net;
}

}  // namespace smip
