#include "core/perceptron/perceptron_data.h"

#include "core/data/dataset_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace smip {

namespace {

std::string featureLabel(const Dataset& data, Eigen::Index j) {
    if (j < static_cast<Eigen::Index>(data.featureNames.size()))
        return "'" + data.featureNames[static_cast<std::size_t>(j)] + "'";
    return std::to_string(j + 1);
}

// Sample rows grouped by class, each group shuffled with the seeded generator.
std::vector<std::vector<int>> shuffledByClass(const Dataset& data, std::uint64_t seed) {
    const Eigen::VectorXi y = perceptronLabels(data);
    std::vector<std::vector<int>> groups(static_cast<std::size_t>(perceptronClassCount(data)));
    for (int r = 0; r < y.size(); ++r)
        groups[static_cast<std::size_t>(y(r))].push_back(r);
    std::mt19937_64 rng(seed);
    for (auto& g : groups)
        std::shuffle(g.begin(), g.end(), rng);
    return groups;
}

}  // namespace

int perceptronClassCount(const Dataset& data) {
    if (!data.classNames.empty()) return data.classes();
    if (data.y.size() == 0 || !data.y.allFinite()) return 0;
    return static_cast<int>(data.y.maxCoeff()) + 1;
}

bool checkPerceptronData(const Dataset& data, int maxClasses, std::string& error) {
    if (data.task != TaskKind::Classification) {
        error = "dataset '" + data.name + "' is a regression set; the perceptron needs classes";
        return false;
    }
    if (data.samples() < 2 || data.features() < 1) {
        error = "dataset '" + data.name + "' needs at least 2 samples and 1 feature";
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
    const int C = perceptronClassCount(data);
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
    const int C = perceptronClassCount(train);
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

Eigen::VectorXi perceptronLabels(const Dataset& data) {
    Eigen::VectorXi y(data.y.size());
    for (Eigen::Index r = 0; r < data.y.size(); ++r)
        y(r) = static_cast<int>(data.y(r));
    return y;
}

bool splitPerceptronData(const Dataset& data, double trainFraction, std::uint64_t seed,
                         Dataset& train, Dataset& test, std::string& error) {
    if (!(trainFraction > 0.0 && trainFraction < 1.0)) {
        error = "train fraction must be in (0, 1), got " + std::to_string(trainFraction);
        return false;
    }
    if (data.samples() < 2) {
        error = "dataset '" + data.name + "' needs at least 2 samples to split";
        return false;
    }
    std::vector<int> trainRows, testRows;
    for (const auto& g : shuffledByClass(data, seed)) {
        const int n = static_cast<int>(g.size());
        int k = static_cast<int>(std::lround(trainFraction * n));
        // Stratification keeps every class on both sides when it has two or more samples.
        if (n >= 2) k = std::clamp(k, 1, n - 1);
        trainRows.insert(trainRows.end(), g.begin(), g.begin() + k);
        testRows.insert(testRows.end(), g.begin() + k, g.end());
    }
    std::sort(trainRows.begin(), trainRows.end());
    std::sort(testRows.begin(), testRows.end());
    train = selectRows(data, trainRows);
    test = selectRows(data, testRows);
    return true;
}

Dataset subsamplePerceptronData(const Dataset& data, int maxRows, std::uint64_t seed) {
    if (maxRows <= 0 || data.samples() <= maxRows) return data;
    const auto groups = shuffledByClass(data, seed);
    std::vector<int> rows;
    const double share = static_cast<double>(maxRows) / data.samples();
    for (const auto& g : groups) {
        if (g.empty()) continue;
        const int k = std::max(1, static_cast<int>(std::floor(share * g.size())));
        rows.insert(rows.end(), g.begin(), g.begin() + std::min<int>(k, g.size()));
    }
    // Fill up to maxRows from the leftovers in a seeded round-robin over classes.
    std::vector<std::size_t> next(groups.size());
    for (std::size_t c = 0; c < groups.size(); ++c)
        next[c] = std::min<std::size_t>(
            groups[c].size(), std::max<std::size_t>(1, std::floor(share * groups[c].size())));
    bool added = true;
    while (static_cast<int>(rows.size()) < maxRows && added) {
        added = false;
        for (std::size_t c = 0; c < groups.size() && static_cast<int>(rows.size()) < maxRows; ++c)
            if (next[c] < groups[c].size()) {
                rows.push_back(groups[c][next[c]++]);
                added = true;
            }
    }
    if (static_cast<int>(rows.size()) > maxRows) rows.resize(static_cast<std::size_t>(maxRows));
    std::sort(rows.begin(), rows.end());
    return selectRows(data, rows);
}

}  // namespace smip
