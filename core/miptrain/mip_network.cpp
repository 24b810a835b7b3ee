#include "core/miptrain/mip_network.h"

#include <cmath>
#include <limits>
#include <random>

namespace smip {

namespace {

void activate(Eigen::MatrixXd& A, MipActivation act) {
    if (act == MipActivation::Binary)
        A = (A.array() >= 0.0).cast<double>();
    else
        A = A.cwiseMax(0.0);
}

}  // namespace

MipArchitecture MipNetwork::architecture() const {
    MipArchitecture a;
    if (weights.empty()) return a;
    a.widths.push_back(static_cast<int>(weights.front().cols()));
    for (const auto& W : weights)
        a.widths.push_back(static_cast<int>(W.rows()));
    return a;
}

int MipNetwork::parameterCount() const {
    int n = 0;
    for (std::size_t l = 0; l < weights.size(); ++l)
        n += static_cast<int>(weights[l].size() + biases[l].size());
    return n;
}

Eigen::VectorXd MipNetwork::flatten() const {
    Eigen::VectorXd t(parameterCount());
    int p = 0;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        for (Eigen::Index k = 0; k < weights[l].rows(); ++k)
            for (Eigen::Index i = 0; i < weights[l].cols(); ++i)
                t(p++) = weights[l](k, i);
        for (Eigen::Index k = 0; k < biases[l].size(); ++k)
            t(p++) = biases[l](k);
    }
    return t;
}

void MipNetwork::unflatten(const Eigen::VectorXd& t) {
    int p = 0;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        for (Eigen::Index k = 0; k < weights[l].rows(); ++k)
            for (Eigen::Index i = 0; i < weights[l].cols(); ++i)
                weights[l](k, i) = t(p++);
        for (Eigen::Index k = 0; k < biases[l].size(); ++k)
            biases[l](k) = t(p++);
    }
}

int MipNetwork::nonzeroParameters(double tol) const {
    int n = 0;
    for (std::size_t l = 0; l < weights.size(); ++l)
        n += static_cast<int>((weights[l].array().abs() > tol).count() +
                              (biases[l].array().abs() > tol).count());
    return n;
}

MipNetwork zeroMipNetwork(const MipArchitecture& arch, MipActivation activation) {
    MipNetwork net;
    net.activation = activation;
    for (std::size_t l = 1; l < arch.widths.size(); ++l) {
        net.weights.push_back(Eigen::MatrixXd::Zero(arch.widths[l], arch.widths[l - 1]));
        net.biases.push_back(Eigen::VectorXd::Zero(arch.widths[l]));
    }
    return net;
}

MipNetwork randomMipNetwork(const MipArchitecture& arch, MipActivation activation, double scale,
                            std::uint64_t seed) {
    MipNetwork net = zeroMipNetwork(arch, activation);
    std::mt19937_64 rng(seed);
    for (auto& W : net.weights) {
        const double s = scale * std::sqrt(6.0 / static_cast<double>(W.rows() + W.cols()));
        std::uniform_real_distribution<double> U(-s, s);
        for (Eigen::Index k = 0; k < W.rows(); ++k)
            for (Eigen::Index i = 0; i < W.cols(); ++i)
                W(k, i) = U(rng);
    }
    return net;
}

Eigen::MatrixXd mipHiddenActivations(const MipNetwork& net, const Eigen::MatrixXd& X,
                                     int hiddenLayers) {
    Eigen::MatrixXd H = X;
    for (int l = 0; l < hiddenLayers; ++l) {
        Eigen::MatrixXd A = (H * net.weights[l].transpose()).rowwise() + net.biases[l].transpose();
        activate(A, net.activation);
        H = std::move(A);
    }
    return H;
}

Eigen::MatrixXd mipForward(const MipNetwork& net, const Eigen::MatrixXd& X) {
    const int L = net.layers();
    const Eigen::MatrixXd H = mipHiddenActivations(net, X, L - 1);
    return (H * net.weights[L - 1].transpose()).rowwise() + net.biases[L - 1].transpose();
}

double mipMinHiddenMargin(const MipNetwork& net, const Eigen::MatrixXd& X) {
    double m = std::numeric_limits<double>::infinity();
    Eigen::MatrixXd H = X;
    for (int l = 0; l + 1 < net.layers(); ++l) {
        Eigen::MatrixXd A = (H * net.weights[l].transpose()).rowwise() + net.biases[l].transpose();
        if (A.size() > 0) m = std::min(m, A.cwiseAbs().minCoeff());
        activate(A, net.activation);
        H = std::move(A);
    }
    return m;
}

std::vector<int> mipPredict(const Eigen::MatrixXd& scores) {
    std::vector<int> p(static_cast<std::size_t>(scores.rows()));
    for (Eigen::Index n = 0; n < scores.rows(); ++n) {
        Eigen::Index j = 0;
        scores.row(n).maxCoeff(&j);
        p[static_cast<std::size_t>(n)] = static_cast<int>(j);
    }
    return p;
}

}  // namespace smip
