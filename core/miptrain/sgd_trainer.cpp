#include "core/miptrain/sgd_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>

#include "core/train/adam_optimizer.h"

namespace smip {

SgdResult trainSgd(const MipNetwork& init, const WeightedSamples& s, const SgdConfig& config,
                   const MipTrainHooks& hooks, std::stop_token stop) {
    const auto t0 = std::chrono::steady_clock::now();
    SgdResult res;
    res.network = init;
    MipNetwork& net = res.network;
    const int N = s.samples(), L = net.layers();
    if (N == 0 || L == 0) return res;
    const bool binary = net.activation == MipActivation::Binary;
    const int bs = config.batchSize > 0 ? std::min(config.batchSize, N) : N;
    std::mt19937_64 rng(config.seed);
    // One Adam per weight matrix and bias vector (torch's defaults besides lr), gradients sized
    // once per layer.
    AdamSettings settings;
    settings.lr = config.learningRate;
    std::vector<AdamOptimizer> adamW, adamB;
    std::vector<Eigen::MatrixXd> gW;
    std::vector<Eigen::VectorXd> gb;
    for (int l = 0; l < L; ++l) {
        adamW.emplace_back(static_cast<int>(net.weights[l].size()), settings);
        adamB.emplace_back(static_cast<int>(net.biases[l].size()), settings);
        gW.emplace_back(net.weights[l].rows(), net.weights[l].cols());
        gb.emplace_back(net.biases[l].size());
    }
    // Buffers reused across steps (sized once per batch size).
    std::vector<Eigen::MatrixXd> A(static_cast<std::size_t>(L)), H(static_cast<std::size_t>(L + 1));
    Eigen::MatrixXd G, GH;
    Eigen::VectorXd cw;
    std::vector<int> order(static_cast<std::size_t>(N));
    std::iota(order.begin(), order.end(), 0);
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        if (stop.stop_requested()) {
            res.cancelled = true;
            break;
        }
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0.0, weightSum = 0.0;
        for (int start = 0; start < N; start += bs) {
            const int m = std::min(bs, N - start);
            H[0].resize(m, s.X.cols());
            cw.resize(m);
            for (int r = 0; r < m; ++r) {
                H[0].row(r) = s.X.row(order[static_cast<std::size_t>(start + r)]);
                cw(r) = s.weight(order[static_cast<std::size_t>(start + r)]);
            }
            for (int l = 0; l < L; ++l) {
                const auto li = static_cast<std::size_t>(l);
                A[li].noalias() = H[li] * net.weights[li].transpose();
                A[li].rowwise() += net.biases[li].transpose();
                if (l + 1 < L) {
                    if (binary)
                        H[li + 1] = (A[li].array() >= 0.0).cast<double>().matrix();
                    else
                        H[li + 1] = A[li].cwiseMax(0.0);
                }
            }
            // Softmax cross-entropy gradient on the scores, weighted by multiplicity.
            G = A[static_cast<std::size_t>(L - 1)];
            const double wsum = cw.sum();
            for (int r = 0; r < m; ++r) {
                const double mx = G.row(r).maxCoeff();
                G.row(r) = (G.row(r).array() - mx).exp().matrix();
                const double z = G.row(r).sum();
                G.row(r) /= z;
                const int y =
                    s.label[static_cast<std::size_t>(order[static_cast<std::size_t>(start + r)])];
                lossSum += cw(r) * -std::log(std::max(G(r, y), 1e-300));
                G(r, y) -= 1.0;
                G.row(r) *= cw(r) / wsum;
            }
            weightSum += wsum;
            for (int l = L - 1; l >= 0; --l) {
                const auto li = static_cast<std::size_t>(l);
                if (l > 0) {
                    GH.noalias() = G * net.weights[li];
                    const auto& Ap = A[li - 1];
                    if (binary)
                        GH.array() *= (Ap.array().abs() <= 1.0).cast<double>();  // STE
                    else
                        GH.array() *= (Ap.array() > 0.0).cast<double>();
                }
                gW[li].noalias() = G.transpose() * H[li];
                gb[li] = G.colwise().sum().transpose();
                adamW[li].step(coefficients(net.weights[li]), coefficients(gW[li]));
                adamB[li].step(coefficients(net.biases[li]), coefficients(gb[li]));
                if (l > 0) G.swap(GH);
            }
        }
        res.epochLoss.push_back(lossSum / std::max(1e-300, weightSum));
        if (hooks.onEpoch) hooks.onEpoch(epoch, res.epochLoss.back());
    }
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

}  // namespace smip
