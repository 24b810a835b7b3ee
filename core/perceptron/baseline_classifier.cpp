#include "core/perceptron/baseline_classifier.h"

#include <chrono>
#include <cmath>
#include <random>

#include "core/perceptron/perceptron_data.h"

#if defined(__SSE__) || defined(__x86_64__)
#include <xmmintrin.h>
#define SMIP_HAS_MXCSR 1
#endif

namespace smip {

namespace {

// Flush-to-zero / denormals-are-zero on this thread while training: Adam moments of weights the
// prox step zeroed decay into denormals, ~100× slower (performance notes). Restored on exit.
struct DenormalGuard {
#ifdef SMIP_HAS_MXCSR
    unsigned int saved = _mm_getcsr();
    DenormalGuard() {
        _mm_setcsr(saved | 0x8040u);
    }
    ~DenormalGuard() {
        _mm_setcsr(saved);
    }
#endif
};

struct Adam {
    Eigen::MatrixXd m, v;
    void init(Eigen::Index r, Eigen::Index c) {
        m = Eigen::MatrixXd::Zero(r, c);
        v = Eigen::MatrixXd::Zero(r, c);
    }
    template <class P, class G>
    void step(P& param, const G& grad, double lr, double c1, double c2) {
        m = 0.9 * m + 0.1 * grad;
        v = 0.999 * v + 0.001 * grad.cwiseProduct(grad);
        param.array() -= lr * (m.array() / c1) / ((v.array() / c2).sqrt() + 1e-8);
    }
};

void softThreshold(Eigen::MatrixXd& M, double t) {
    M = M.unaryExpr([t](double w) { return w > t ? w - t : (w < -t ? w + t : 0.0); });
}

}  // namespace

Eigen::MatrixXd BaselineClassifier::transform(const Eigen::MatrixXd& raw) const {
    Eigen::MatrixXd U(raw.rows(), raw.cols());
    for (Eigen::Index j = 0; j < raw.cols(); ++j) {
        const double r = featureRange(j);
        if (r > 0)
            U.col(j) = ((raw.col(j).array() - featureMin(j)) / r).matrix();
        else
            U.col(j).setZero();
    }
    return U;
}

Eigen::VectorXi BaselineClassifier::predict(const Eigen::MatrixXd& raw) const {
    const Eigen::MatrixXd H =
        ((transform(raw) * W1.transpose()).rowwise() + b1.transpose()).cwiseMax(0.0);
    const Eigen::MatrixXd Z = (H * W2.transpose()).rowwise() + b2.transpose();
    Eigen::VectorXi out(raw.rows());
    for (Eigen::Index r = 0; r < Z.rows(); ++r)
        Z.row(r).maxCoeff(&out(r));
    return out;
}

double BaselineClassifier::accuracy(const Eigen::MatrixXd& raw,
                                    const Eigen::VectorXi& labels) const {
    if (raw.rows() == 0) return 0.0;
    return static_cast<double>((predict(raw).array() == labels.array()).count()) / raw.rows();
}

long long BaselineClassifier::activations(const Eigen::MatrixXd& raw) const {
    const Eigen::MatrixXd A = (transform(raw) * W1.transpose()).rowwise() + b1.transpose();
    return static_cast<long long>((A.array() > 0.0).count());
}

int BaselineClassifier::usedNeurons() const {
    int used = 0;
    for (Eigen::Index i = 0; i < W1.rows(); ++i)
        used += ((W1.row(i).array() != 0.0).any() && (W2.col(i).array() != 0.0).any()) ? 1 : 0;
    return used;
}

BaselineResult trainBaselineClassifier(const Dataset& train, const BaselineConfig& config,
                                       std::stop_token stop) {
    const auto t0 = std::chrono::steady_clock::now();
    DenormalGuard guard;
    BaselineResult res;
    BaselineClassifier& net = res.model;
    const Eigen::Index N = train.samples(), m = train.features(), h = std::max(1, config.hidden);
    const Eigen::Index K = perceptronClassCount(train);
    net.featureMin = train.X.colwise().minCoeff().transpose();
    net.featureRange = train.X.colwise().maxCoeff().transpose() - net.featureMin;
    const Eigen::MatrixXd U = net.transform(train.X);
    const Eigen::VectorXi y = perceptronLabels(train);
    Eigen::MatrixXd Y = Eigen::MatrixXd::Zero(N, K);
    for (Eigen::Index r = 0; r < N; ++r)
        Y(r, y(r)) = 1.0;

    // Framework-style init U(−1/√fan_in, 1/√fan_in), seeded.
    std::mt19937_64 rng(config.seed);
    auto init = [&rng](Eigen::Index rows, Eigen::Index cols, double fanIn) {
        std::uniform_real_distribution<double> d(-1.0 / std::sqrt(fanIn), 1.0 / std::sqrt(fanIn));
        Eigen::MatrixXd M(rows, cols);
        for (Eigen::Index t = 0; t < M.size(); ++t)
            M.data()[t] = d(rng);
        return M;
    };
    net.W1 = init(h, m, double(m));
    net.b1 = init(h, 1, double(m));
    net.W2 = init(K, h, double(h));
    net.b2 = init(K, 1, double(h));
    Adam aW1, ab1, aW2, ab2;
    aW1.init(h, m), ab1.init(h, 1), aW2.init(K, h), ab2.init(K, 1);
    Eigen::MatrixXd A(N, h), H(N, h), Z(N, K), G(N, K), GH(N, h), gW1(h, m), gW2(K, h);
    Eigen::VectorXd gb1(h), gb2(K);
    const double lr = config.learningRate, thr = config.learningRate * config.l1;
    double c1 = 1.0, c2 = 1.0;
    for (int e = 0; e < config.epochs; ++e) {
        if (stop.stop_requested()) {
            res.cancelled = true;
            break;
        }
        A.noalias() = U * net.W1.transpose();
        A.rowwise() += net.b1.transpose();
        H = A.cwiseMax(0.0);
        Z.noalias() = H * net.W2.transpose();
        Z.rowwise() += net.b2.transpose();
        // Softmax cross-entropy: gradient w.r.t. logits is (softmax − onehot) / N.
        Z.colwise() -= Z.rowwise().maxCoeff();
        G = Z.array().exp();
        G.array().colwise() /= G.rowwise().sum().array();
        res.finalLoss = -(Y.array() * G.array().max(1e-300).log()).sum() / N;
        G = (G - Y) / double(N);
        gW2.noalias() = G.transpose() * H;
        gb2 = G.colwise().sum().transpose();
        GH.noalias() = G * net.W2;
        GH = GH.cwiseProduct((A.array() > 0.0).cast<double>().matrix());
        gW1.noalias() = GH.transpose() * U;
        gb1 = GH.colwise().sum().transpose();
        c1 *= 0.9, c2 *= 0.999;
        aW1.step(net.W1, gW1, lr, 1 - c1, 1 - c2);
        ab1.step(net.b1, gb1, lr, 1 - c1, 1 - c2);
        aW2.step(net.W2, gW2, lr, 1 - c1, 1 - c2);
        ab2.step(net.b2, gb2, lr, 1 - c1, 1 - c2);
        softThreshold(net.W1, thr);
        softThreshold(net.W2, thr);
        res.epochsRun = e + 1;
    }
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

}  // namespace smip
