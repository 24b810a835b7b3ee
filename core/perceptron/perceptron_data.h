#pragma once
// Input checks for the perceptron MILP and its study, and stratified subsampling (--max-train) for
// big datasets. Splits are core/data's splitDataset, class counts Dataset::classes().
#include <Eigen/Dense>
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace smip {

/// Checks that `data` is a classification set the perceptron MILP can take: ≥ 2 samples, finite
/// features, integer labels in 0..C−1, at least two classes present, C ≤ maxClasses. Returns false
/// with a message naming the problem (the sample and feature for a non-finite value).
bool checkPerceptronData(const Dataset& data, int maxClasses, std::string& error);

/// Checks held-out data against its training set: same feature count, finite values, labels in
/// the training set's classes (a single class is fine here). False with a message otherwise.
bool checkPerceptronTestData(const Dataset& test, const Dataset& train, std::string& error);

/// Exactly `maxRows` rows, stratified and seeded: the held-out part of splitIndices with
/// maxRows / N as its fraction (every class of two or more rows keeps one when the others can
/// spare it). Returns `data` unchanged when maxRows ≤ 0 or data is small enough.
Dataset subsamplePerceptronData(const Dataset& data, int maxRows, std::uint64_t seed);

/// The data of one perceptron run: a held-out test part and the training part the MILP is
/// built from.
struct PerceptronSplit {
    Dataset train;
    Dataset test;       ///< empty when the test fraction is 0
    int fullTrain = 0;  ///< training rows before subsampling
    bool subsampled() const { return train.samples() < fullTrain; }
};

/// The split every perceptron run uses (CLI, GUI, study): splitDataset with `testFraction` and
/// `seed` (0 = train on everything, no test part), then the training part subsampled to
/// `maxTrain` rows (≤ 0 = all) with the same seed. Throws std::invalid_argument unless
/// 0 ≤ testFraction ≤ 1.
PerceptronSplit splitPerceptronData(const Dataset& data, double testFraction, int maxTrain,
                                    std::uint64_t seed);

}  // namespace smip
