#include "core/perceptron/perceptron_gradient_start.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

#include "core/perceptron/perceptron_decoder.h"
#include "core/perceptron/perceptron_polish.h"

namespace smip {

namespace {

// One Adam moment pair for a parameter block.
template <class M>
struct AdamState {
    M m, v;
    explicit AdamState(const M& like) : m(M::Zero(like.rows(), like.cols())), v(m) {}
    void step(M& param, const M& grad, double lr, double bc1, double bc2) {
        m = 0.9 * m + 0.1 * grad;
        v.array() = 0.999 * v.array() + 0.001 * grad.array().square();
        param.array() -= lr * (m.array() / bc1) / ((v.array() / bc2).sqrt() + 1e-8);
    }
};

// Units of restart r: the full width, half of it, and about one per class in turn, so restarts
// also explore narrow networks (the neurons term favours them; unused units are dropped anyway).
int restartWidth(int n, int K, int restart) {
    switch (restart % 3) {
        case 0:
            return n;
        case 1:
            return std::max(1, (n + 1) / 2);
        default:
            return std::clamp(K == 2 ? 2 : K, 1, n);
    }
}

}  // namespace

Eigen::MatrixXi trainStepPattern(const PerceptronMilp& milp, const PerceptronStartConfig& config,
                                 int restart) {
    const int N = milp.index.N, m = milp.index.m, n = milp.index.n, K = milp.index.K;
    const int h = restartWidth(n, K, restart);
    // Gradient training on inputs in [0,1] (integer models scale theirs up); only the resulting
    // firing pattern is handed on, the polish LP finds weights in the model's own units.
    const Eigen::MatrixXd U =
        milp.config.integer ? Eigen::MatrixXd(milp.U / milp.config.integerScale) : milp.U;
    Eigen::MatrixXd Y = Eigen::MatrixXd::Zero(N, K);
    for (int s = 0; s < N; ++s)
        Y(s, milp.labels(s)) = 1.0;

    std::mt19937_64 rng(config.seed + static_cast<std::uint64_t>(restart));
    std::uniform_real_distribution<double> unit(-1.0, 1.0);
    std::uniform_int_distribution<int> sample(0, N - 1);
    const double wlo = milp.config.nonnegative ? 0.0 : -1.0;
    Eigen::MatrixXd W(h, m);
    for (int i = 0; i < h; ++i)
        for (int j = 0; j < m; ++j)
            W(i, j) = milp.config.nonnegative ? std::abs(unit(rng)) : unit(rng);
    // Each hyperplane starts through a random training sample, so every unit splits the data.
    Eigen::VectorXd b(h);
    for (int i = 0; i < h; ++i)
        b(i) = -W.row(i).dot(U.row(sample(rng)));
    Eigen::MatrixXd Q(h, K);
    for (int i = 0; i < h; ++i)
        for (int k = 0; k < K; ++k)
            Q(i, k) = 0.5 * unit(rng);
    Eigen::VectorXd c = Eigen::VectorXd::Zero(K);

    Eigen::MatrixXd A(N, h), H(N, h), O(N, K), P(N, K), dO(N, K), dA(N, h);
    Eigen::MatrixXd gW(h, m), gQ(h, K);
    Eigen::VectorXd gb(h), gc(K);
    AdamState<Eigen::MatrixXd> sW(W), sQ(Q);
    AdamState<Eigen::VectorXd> sb(b), sc(c);
    const double l1 = config.l1 * (restart % 2 == 1 ? 3.0 : 1.0);
    const double lr = config.learningRate, outSlope = 4.0;
    const double biasBound = m + 1.0, outBound = 10.0;
    const int T = std::max(1, config.epochs);
    double bc1 = 1.0, bc2 = 1.0;
    for (int t = 0; t < T; ++t) {
        // Hidden slope annealed from 1 to 100: a smooth start, a near step at the end.
        const double slope = std::pow(100.0, static_cast<double>(t) / std::max(1, T - 1));
        A.noalias() = U * W.transpose();
        A.rowwise() += b.transpose();
        H.array() = 1.0 / (1.0 + (-slope * A.array()).exp());
        O.noalias() = H * Q;
        O.rowwise() += c.transpose();
        P.array() = 1.0 / (1.0 + (-outSlope * O.array()).exp());
        // Cross-entropy per output bit (the MILP's loss counts wrong bits).
        dO.array() = (P.array() - Y.array()) * (outSlope / N);
        gQ.noalias() = H.transpose() * dO;
        gc = dO.colwise().sum().transpose();
        dA.noalias() = dO * Q.transpose();
        dA.array() *= slope * H.array() * (1.0 - H.array());
        gW.noalias() = dA.transpose() * U;
        gb = dA.colwise().sum().transpose();
        bc1 *= 0.9;
        bc2 *= 0.999;
        sW.step(W, gW, lr, 1.0 - bc1, 1.0 - bc2);
        sb.step(b, gb, lr, 1.0 - bc1, 1.0 - bc2);
        sQ.step(Q, gQ, lr, 1.0 - bc1, 1.0 - bc2);
        sc.step(c, gc, lr, 1.0 - bc1, 1.0 - bc2);
        // L1 as a proximal step: small hidden weights become exactly zero.
        const double shrink = lr * l1;
        W.array() = W.array().sign() * (W.array().abs() - shrink).max(0.0);
        W.array() = W.array().max(wlo).min(1.0);
        b.array() = b.array().max(-biasBound).min(biasBound);
        Q.array() = Q.array().max(-outBound).min(outBound);
        c.array() = c.array().max(-outBound).min(outBound);
    }
    A.noalias() = U * W.transpose();
    A.rowwise() += b.transpose();
    Eigen::MatrixXi pattern = Eigen::MatrixXi::Zero(N, n);
    pattern.leftCols(h) = (A.array() >= 0.0).cast<int>().matrix();
    return pattern;
}

PerceptronStartChoice choosePerceptronStart(const PerceptronMilp& milp, std::stop_token stop,
                                            const MilpBackend& backend) {
    const auto t0 = std::chrono::steady_clock::now();
    const PerceptronStartConfig& cfg = milp.config.start;
    PerceptronStartChoice choice;
    PerceptronStartReport& rep = choice.report;
    choice.solution = heuristicPerceptronStart(milp);
    rep.source = choice.solution.empty() ? "" : "heuristic";
    rep.heuristicObjective = choice.solution.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                     : perceptronObjective(milp, choice.solution);
    rep.objective = rep.heuristicObjective;
    rep.gradientObjective = std::numeric_limits<double>::quiet_NaN();

    // Training is cheap and independent per restart: both cores, restarts interleaved.
    const int R = std::max(0, cfg.restarts);
    std::vector<Eigen::MatrixXi> patterns(static_cast<std::size_t>(R));
    {
        auto trainEvery = [&](int first) {
            for (int r = first; r < R; r += 2)
                patterns[static_cast<std::size_t>(r)] = trainStepPattern(milp, cfg, r);
        };
        std::jthread second(trainEvery, 1);
        trainEvery(0);
    }
    rep.gradientRestarts = R;
    for (const auto& pattern : patterns) {
        if (stop.stop_requested()) break;
        const PerceptronPolished p = polishPerceptronPattern(milp, pattern, stop, backend);
        if (!p.feasible) continue;
        ++rep.gradientFeasible;
        if (!(p.objective >= rep.gradientObjective)) rep.gradientObjective = p.objective;
        if (choice.solution.empty() || p.objective < rep.objective - 1e-9) {
            choice.solution = p.solution;
            rep.source = "gradient";
            rep.objective = p.objective;
        }
    }
    if (!choice.solution.empty()) {
        const PerceptronNet net = decodePerceptron(milp, choice.solution);
        const Eigen::VectorXi predicted = net.forwardTransformed(milp.U).predicted;
        rep.trainAccuracy =
            milp.index.N > 0
                ? static_cast<double>((predicted.array() == milp.labels.array()).count()) /
                      milp.index.N
                : 0.0;
        rep.nonzeroWeights = net.nonzeroWeights();
        rep.usedNeurons = net.usedNeurons();
    }
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return choice;
}

}  // namespace smip
