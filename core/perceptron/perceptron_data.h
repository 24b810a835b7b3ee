#pragma once
// Input checks and splits for the perceptron MILP and its study: class labels as integers, a
// seeded stratified train/test split, and stratified subsampling (--max-train) for big datasets.
#include <Eigen/Dense>
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/data/dataset_split.h"  // selectRows

namespace smip {

/// Number of classes of a classification dataset: classNames.size(), or max label + 1 if unnamed.
int perceptronClassCount(const Dataset& data);

/// Checks that `data` is a classification set the perceptron MILP can take: ≥ 2 samples, finite
/// features, integer labels in 0..C−1, at least two classes present, C ≤ maxClasses. Returns false
/// with a message naming the problem (the sample and feature for a non-finite value).
bool checkPerceptronData(const Dataset& data, int maxClasses, std::string& error);

/// Checks held-out data against its training set: same feature count, finite values, labels in
/// the training set's classes (a single class is fine here). False with a message otherwise.
bool checkPerceptronTestData(const Dataset& test, const Dataset& train, std::string& error);

/// Labels as integers (precondition: checkPerceptronData passed).
Eigen::VectorXi perceptronLabels(const Dataset& data);

/// Stratified split: within each class a seeded shuffle puts round(fraction · count) samples
/// (at least one when the class has two or more) into `train`, the rest into `test`.
/// Precondition: checkPerceptronData passed. Returns false with a message for a fraction
/// outside (0, 1) or fewer than two samples.
bool splitPerceptronData(const Dataset& data, double trainFraction, std::uint64_t seed,
                         Dataset& train, Dataset& test, std::string& error);

/// At most `maxRows` rows, stratified and seeded (every present class keeps ≥ 1 row when
/// maxRows ≥ classes). Returns `data` unchanged when maxRows ≤ 0 or data is small enough.
/// Precondition: checkPerceptronData passed.
Dataset subsamplePerceptronData(const Dataset& data, int maxRows, std::uint64_t seed);

}  // namespace smip
