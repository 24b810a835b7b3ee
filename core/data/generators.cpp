#include "core/data/generators.h"

#include <algorithm>
#include <random>
#include <string>

#include "core/data/random_draws.h"

namespace smip {
namespace {

// Draw order is fixed (sample by sample, feature by feature) so a dataset depends only on the
// seed, not on Eigen's storage order.
Eigen::MatrixXd uniformMatrix(int rows, int cols, std::mt19937_64& rng) {
    Eigen::MatrixXd M(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            M(i, j) = uniformIn(rng, -1.0, 1.0);
    return M;
}

Eigen::MatrixXd normalMatrix(int rows, int cols, double sigma, std::mt19937_64& rng) {
    Eigen::MatrixXd M(rows, cols);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < cols; ++j)
            M(i, j) = sigma * standardNormal(rng);
    return M;
}

Dataset regressionShell(const char* name, int d) {
    Dataset data;
    data.name = name;
    data.task = TaskKind::Regression;
    data.featureNames.reserve(static_cast<std::size_t>(d));
    for (int j = 0; j < d; ++j)
        data.featureNames.push_back(std::string("x").append(std::to_string(j + 1)));
    return data;
}

}  // namespace

Dataset generateRandom(int n, int d, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Dataset data = regressionShell("random", d);
    data.X = uniformMatrix(n, d, rng);
    data.y.resize(n);
    for (int i = 0; i < n; ++i)
        data.y(i) = uniformIn(rng, -1.0, 1.0);
    return data;
}

Eigen::VectorXd evaluateTeacher(const TeacherNet& net, const Eigen::MatrixXd& X) {
    // Row blocks keep memory at block × K even when K = ceil(n/2) is large.
    constexpr Eigen::Index kBlock = 256;
    Eigen::VectorXd out(X.rows());
    Eigen::MatrixXd H;
    for (Eigen::Index start = 0; start < X.rows(); start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, X.rows() - start);
        H.noalias() = X.middleRows(start, rows) * net.W;
        H.rowwise() += net.b.transpose();
        out.segment(start, rows).noalias() = H.cwiseMax(0.0) * net.v;
    }
    return out;
}

Dataset generateTeacher(int n, int d, std::uint64_t seed, TeacherNet* planted) {
    std::mt19937_64 rng(seed);
    Dataset data = regressionShell("teacher", d);
    data.X = uniformMatrix(n, d, rng);
    // The sparse-ReLU package's "functional ReLU" data: as many planted units as half the samples,
    // so an exact fit with a sparse network exists but is not trivially small.
    const int K = (n + 1) / 2;
    TeacherNet net;
    net.W = normalMatrix(d, K, 0.5, rng);
    net.b = normalMatrix(K, 1, 0.1, rng);
    net.v = normalMatrix(K, 1, 0.5, rng);
    data.y = evaluateTeacher(net, data.X);
    for (int i = 0; i < n; ++i)
        data.y(i) += 0.05 * standardNormal(rng);
    if (planted) *planted = std::move(net);
    return data;
}

Eigen::VectorXd lowRankTrueWeights(int d) {
    Eigen::VectorXd w = Eigen::VectorXd::Zero(d);
    const double head[] = {1.0, -1.5, 0.7};
    for (int j = 0; j < std::min(d, 3); ++j)
        w(j) = head[j];
    return w;
}

Dataset generateLowRank(int n, int d, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Dataset data = regressionShell("lowrank", d);
    const int r = (d + 1) / 2;
    const Eigen::MatrixXd Z = normalMatrix(n, r, 1.0, rng);
    const Eigen::MatrixXd A = normalMatrix(d, r, 1.0, rng);
    data.X.noalias() = Z * A.transpose();
    data.y.noalias() = data.X * lowRankTrueWeights(d);
    for (int i = 0; i < n; ++i)
        data.y(i) += 0.05 * standardNormal(rng);
    return data;
}

}  // namespace smip
