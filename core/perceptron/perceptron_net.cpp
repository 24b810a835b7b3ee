#include "core/perceptron/perceptron_net.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace smip {

void PerceptronNet::fitTransform(const Eigen::MatrixXd& X, bool integer, int scale) {
    const Eigen::Index m = X.cols();
    featureMin = Eigen::VectorXd::Zero(m);
    featureRange = Eigen::VectorXd::Ones(m);
    if (X.rows() > 0) {
        featureMin = X.colwise().minCoeff().transpose();
        featureRange = X.colwise().maxCoeff().transpose() - featureMin;
    }
    integerInputs = integer;
    integerScale = scale;
}

Eigen::MatrixXd PerceptronNet::transform(const Eigen::MatrixXd& raw) const {
    Eigen::MatrixXd U(raw.rows(), raw.cols());
    for (Eigen::Index j = 0; j < raw.cols(); ++j) {
        const double range = j < featureRange.size() ? featureRange(j) : 0.0;
        const double lo = j < featureMin.size() ? featureMin(j) : 0.0;
        for (Eigen::Index r = 0; r < raw.rows(); ++r) {
            double u = range > 0.0 ? (raw(r, j) - lo) / range : 0.0;
            // Integer inputs stay in 0..scale so the integer model's ranges hold on test data.
            if (integerInputs) u = std::round(integerScale * std::clamp(u, 0.0, 1.0));
            U(r, j) = u;
        }
    }
    return U;
}

PerceptronForward PerceptronNet::forwardTransformed(const Eigen::MatrixXd& U) const {
    PerceptronForward f;
    const Eigen::Index N = U.rows();
    const Eigen::MatrixXd pre = (U * W.transpose()).rowwise() + b.transpose();
    f.hidden = (pre.array() >= 0.0).cast<int>();
    f.outputPre = (f.hidden.cast<double>() * Q).rowwise() + bF.transpose();
    f.bits = (f.outputPre.array() >= 0.0).cast<int>();
    f.predicted.resize(N);
    const Eigen::Index K = f.bits.cols();
    for (Eigen::Index r = 0; r < N; ++r) {
        const int set = f.bits.row(r).sum();
        int best = 0;
        double bestPre = -std::numeric_limits<double>::infinity();
        for (Eigen::Index k = 0; k < K; ++k) {
            if (set > 0 && f.bits(r, k) == 0) continue;
            if (f.outputPre(r, k) > bestPre) {
                bestPre = f.outputPre(r, k);
                best = static_cast<int>(k);
            }
        }
        f.predicted(r) = best;
    }
    return f;
}

PerceptronEval PerceptronNet::evaluate(const Eigen::MatrixXd& raw,
                                       const Eigen::VectorXi& labels) const {
    PerceptronEval e;
    const PerceptronForward f = forward(raw);
    e.samples = static_cast<int>(raw.rows());
    for (int r = 0; r < e.samples; ++r) {
        for (Eigen::Index k = 0; k < f.bits.cols(); ++k)
            e.bitErrors += f.bits(r, k) != (labels(r) == k ? 1 : 0) ? 1 : 0;
        e.misclassified += f.predicted(r) != labels(r) ? 1 : 0;
    }
    e.activations = f.hidden.cast<long long>().sum();
    e.accuracy = e.samples > 0 ? 1.0 - static_cast<double>(e.misclassified) / e.samples : 0.0;
    return e;
}

int PerceptronNet::nonzeroWeights(double tol) const {
    return static_cast<int>((W.array().abs() > tol).count());
}

int PerceptronNet::usedNeurons(double tol) const {
    int used = 0;
    for (Eigen::Index i = 0; i < W.rows(); ++i) {
        const bool in = (W.row(i).array().abs() > tol).any();
        const bool out = (Q.row(i).array().abs() > tol).any();
        used += (in && out) ? 1 : 0;
    }
    return used;
}

}  // namespace smip
