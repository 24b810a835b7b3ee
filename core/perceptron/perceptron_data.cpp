#include "core/perceptron/perceptron_data.h"

#include <algorithm>
#include <cmath>

#include "core/data/dataset_split.h"

namespace smip {

namespace {

std::string featureLabel(const Dataset& data, Eigen::Index j) {
    if (j < static_cast<Eigen::Index>(data.featureNames.size()))
        return "'" + data.featureNames[static_cast<std::size_t>(j)] + "'";
    return std::to_string(j + 1);
}

}  // namespace

bool checkPerceptronData(const Dataset& data, int maxClasses, std::string& error) {
    if (data.task != TaskKind::Classification) {
        error = "dataset '" + data.name + "' is a regression set; the perceptron needs classes";
        return false;
    }
    if (data.samples() < 2 || data.features() < 1) {
        error = "dataset '" + data.name + "' has " + std::to_string(data.samples()) +
                " samples and " + std::to_string(data.features()) +
                " features; the perceptron needs at least 2 samples and 1 feature";
        return false;
    }
    if (data.y.size() != data.samples()) {
        error = "dataset '" + data.name + "' has " + std::to_string(data.y.size()) +
                " labels for " + std::to_string(data.samples()) + " samples";
        return false;
    }
    for (Eigen::Index r = 0; r < data.X.rows(); ++r)
        for (Eigen::Index j = 0; j < data.X.cols(); ++j)
            if (!std::isfinite(data.X(r, j))) {
                error = "sample " + std::to_string(r + 1) + ", feature " + featureLabel(data, j) +
                        " is not a finite number";
                return false;
            }
    const int C = data.classes();
    std::vector<int> count(static_cast<std::size_t>(std::max(C, 0)), 0);
    for (Eigen::Index r = 0; r < data.y.size(); ++r) {
        const double v = data.y(r);
        if (!std::isfinite(v) || v < 0 || v != std::floor(v) || v >= C) {
            error = "sample " + std::to_string(r + 1) + " has label " + std::to_string(v) +
                    ", expected a class id 0.." + std::to_string(C - 1);
            return false;
        }
        ++count[static_cast<std::size_t>(v)];
    }
    if (C > maxClasses) {
        error = "dataset '" + data.name + "' has " + std::to_string(C) + " classes; at most " +
                std::to_string(maxClasses) + " are allowed";
        return false;
    }
    const auto present = std::count_if(count.begin(), count.end(), [](int c) { return c > 0; });
    if (present < 2) {
        error = "dataset '" + data.name + "' has only one class present; a classifier needs two";
        return false;
    }
    return true;
}

bool checkPerceptronTestData(const Dataset& test, const Dataset& train, std::string& error) {
    if (test.features() != train.features()) {
        error = "it has " + std::to_string(test.features()) + " features, the training data " +
                std::to_string(train.features());
        return false;
    }
    if (test.y.size() != test.samples()) {
        error = "it has " + std::to_string(test.y.size()) + " labels for " +
                std::to_string(test.samples()) + " samples";
        return false;
    }
    const int C = train.classes();
    for (Eigen::Index r = 0; r < test.X.rows(); ++r) {
        for (Eigen::Index j = 0; j < test.X.cols(); ++j)
            if (!std::isfinite(test.X(r, j))) {
                error = "sample " + std::to_string(r + 1) + ", feature " + featureLabel(test, j) +
                        " is not a finite number";
                return false;
            }
        const double v = test.y(r);
        if (!std::isfinite(v) || v < 0 || v != std::floor(v) || v >= C) {
            error = "sample " + std::to_string(r + 1) + " has label " + std::to_string(v) +
                    ", expected a class id 0.." + std::to_string(C - 1);
            return false;
        }
    }
    return true;
}

Dataset subsamplePerceptronData(const Dataset& data, int maxRows, std::uint64_t seed) {
    if (maxRows <= 0 || data.samples() <= maxRows) return data;
    const double share = static_cast<double>(maxRows) / data.samples();
    return selectRows(data, splitIndices(data, share, seed).test);
}

PerceptronSplit splitPerceptronData(const Dataset& data, double testFraction, int maxTrain,
                                    std::uint64_t seed) {
    PerceptronSplit out;
    if (testFraction > 0.0) {
        DatasetSplit split = splitDataset(data, testFraction, seed);
        out.train = std::move(split.train);
        out.test = std::move(split.test);
    } else {
        out.train = data;  // keeps the dataset's own name: nothing was held out
    }
    out.fullTrain = out.train.samples();
    if (maxTrain > 0 && out.fullTrain > maxTrain)
        out.train = subsamplePerceptronData(out.train, maxTrain, seed);
    return out;
}

}  // namespace smip
