#include "core/mlp/mlp_data_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace smip {

bool makeMlpSplit(const Dataset& data, double testFraction, std::uint64_t seed, MlpScaling scaling,
                  MlpDataSplit& out, std::string& error) {
    if (data.task != TaskKind::Classification) {
        error = "dataset '" + data.name + "' is not a classification dataset";
        return false;
    }
    if (!(testFraction > 0.0 && testFraction < 1.0)) {
        error = "test fraction must be in (0, 1), got " + std::to_string(testFraction);
        return false;
    }
    const int n = data.samples();
    const int nTest = static_cast<int>(std::lround(n * testFraction));
    if (n < 2 || nTest < 1 || nTest >= n) {
        error = "dataset '" + data.name + "' has too few samples (" + std::to_string(n) +
                ") for a train/test split";
        return false;
    }
    int classes = data.classes();
    for (int i = 0; i < n; ++i) {
        const double c = data.y(i);
        if (!(c >= 0.0) || c != std::floor(c)) {
            error = "sample " + std::to_string(i + 1) +
                    " has a class id that is not a "
                    "non-negative integer";
            return false;
        }
        classes = std::max(classes, static_cast<int>(c) + 1);
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    const int nTrain = n - nTest;
    const int d = data.features();
    out.Xtrain.resize(nTrain, d);
    out.ytrain.resize(nTrain);
    out.Xtest.resize(nTest, d);
    out.ytest.resize(nTest);
    out.testIndices.resize(nTest);
    for (int i = 0; i < n; ++i) {
        const int r = order[i];
        if (i < nTrain) {
            out.Xtrain.row(i) = data.X.row(r);
            out.ytrain(i) = static_cast<int>(data.y(r));
        } else {
            out.Xtest.row(i - nTrain) = data.X.row(r);
            out.ytest(i - nTrain) = static_cast<int>(data.y(r));
            out.testIndices(i - nTrain) = r;
        }
    }
    out.shift = Eigen::VectorXd::Zero(d);
    out.scale = Eigen::VectorXd::Ones(d);
    // Scaling is fitted on the training rows only, so the test rows stay unseen.
    if (scaling == MlpScaling::GlobalRange) {
        const double lo = out.Xtrain.minCoeff(), hi = out.Xtrain.maxCoeff();
        out.shift.setConstant(lo);
        out.scale.setConstant(hi > lo ? 1.0 / (hi - lo) : 1.0);
    } else if (scaling == MlpScaling::PerFeature) {
        for (int j = 0; j < d; ++j) {
            const double lo = out.Xtrain.col(j).minCoeff(), hi = out.Xtrain.col(j).maxCoeff();
            out.shift(j) = lo;
            out.scale(j) = hi > lo ? 1.0 / (hi - lo) : 0.0;
        }
    }
    for (int i = 0; i < nTrain; ++i)
        out.Xtrain.row(i) =
            (out.Xtrain.row(i) - out.shift.transpose()).cwiseProduct(out.scale.transpose());
    for (int i = 0; i < nTest; ++i)
        out.Xtest.row(i) =
            (out.Xtest.row(i) - out.shift.transpose()).cwiseProduct(out.scale.transpose());
    out.classes = classes;
    return true;
}

}  // namespace smip
