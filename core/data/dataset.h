#pragma once
// A dataset: N samples × d features and one target per sample. Regression targets are real values;
// classification targets are class ids 0..C-1 stored as doubles, with their names in classNames.
#include <Eigen/Dense>
#include <string>
#include <vector>

namespace smip {

enum class TaskKind { Regression, Classification };

struct Dataset {
    std::string name;   ///< e.g. "random", "iris", a file name
    Eigen::MatrixXd X;  ///< N × d features, row = sample
    Eigen::VectorXd y;  ///< N targets (class id for classification)
    TaskKind task = TaskKind::Regression;
    std::vector<std::string> featureNames;  ///< d names (generated "x1".."xd" when absent)
    std::string targetName = "y";
    std::vector<std::string> classNames;  ///< C names for classification, empty for regression

    int samples() const { return static_cast<int>(X.rows()); }
    int features() const { return static_cast<int>(X.cols()); }
    /// The class count used everywhere: classNames.size(), or for a classification set without
    /// names the largest finite label + 1 (0 for regression or without labels). O(1) with names.
    int classes() const;
};

/// Classification targets as integer class ids (truncated; precondition: integral labels).
Eigen::VectorXi classLabels(const Dataset& data);

/// Empty when `data` is consistent: X is N×d with N ≥ 1, d ≥ 1 and finite values, y has N finite
/// entries, d feature names, and for classification integer ids in 0..C-1 (C ≥ 1); regression
/// has no class names. Otherwise names the first problem. Any thread.
std::string validateDataset(const Dataset& data);

}  // namespace smip
