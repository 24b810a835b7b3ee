#include "core/mlp/mlp_data_split.h"

#include <cmath>

#include "core/data/dataset_split.h"

namespace smip {
namespace {

// Labels must be class ids of `classes` classes; features finite (the trainer would diverge).
bool checkPart(const Dataset& part, int classes, std::string& error) {
    if (part.task != TaskKind::Classification) {
        error = "dataset '" + part.name + "' is not a classification dataset";
        return false;
    }
    if (part.y.size() != part.samples() || !part.X.allFinite()) {
        error = "dataset '" + part.name + "' has mismatched labels or non-finite features";
        return false;
    }
    for (Eigen::Index i = 0; i < part.y.size(); ++i) {
        const double c = part.y(i);
        if (!(c >= 0.0 && c < classes && c == std::floor(c))) {
            error = "sample " + std::to_string(i + 1) + " of '" + part.name +
                    "' has a label that is not a class id 0.." + std::to_string(classes - 1);
            return false;
        }
    }
    return true;
}

}  // namespace

bool makeMlpData(const Dataset& train, const Dataset& test, ScalerKind scaling, MlpDataSplit& out,
                 std::string& error) {
    const int classes = train.classes();
    if (!checkPart(train, classes, error) || !checkPart(test, classes, error)) return false;
    if (train.samples() == 0) {
        error = "dataset '" + train.name + "' has no training samples";
        return false;
    }
    if (test.samples() > 0 && test.features() != train.features()) {
        error = "the test part has " + std::to_string(test.features()) +
                " features, the training part " + std::to_string(train.features());
        return false;
    }
    out.classes = classes;
    out.scaler = Scaler::fit(train.X, scaling);
    out.Xtrain = out.scaler.transform(train.X);
    out.ytrain = classLabels(train);
    out.Xtest =
        test.samples() > 0 ? out.scaler.transform(test.X) : Eigen::MatrixXd(0, train.features());
    out.ytest = classLabels(test);
    out.testIndices.resize(0);
    return true;
}

bool makeMlpSplit(const Dataset& data, double testFraction, std::uint64_t seed, ScalerKind scaling,
                  MlpDataSplit& out, std::string& error) {
    if (!(testFraction > 0.0 && testFraction < 1.0)) {
        error = "test fraction must be in (0, 1), got " + std::to_string(testFraction);
        return false;
    }
    if (data.samples() < 2) {
        error = "dataset '" + data.name + "' has too few samples (" +
                std::to_string(data.samples()) + ") for a train/test split";
        return false;
    }
    const SplitIndices rows = splitIndices(data, testFraction, seed);
    if (!makeMlpData(selectRows(data, rows.train), selectRows(data, rows.test), scaling, out,
                     error))
        return false;
    out.testIndices = Eigen::Map<const Eigen::VectorXi>(
        rows.test.data(), static_cast<Eigen::Index>(rows.test.size()));
    return true;
}

}  // namespace smip
