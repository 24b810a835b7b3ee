#pragma once
// Gradient-trained reference for the perceptron study (Rosenhahn, JOTA 2023 compares its MILP
// networks with back-propagation): one ReLU hidden layer, softmax output, cross-entropy, full-batch
// Adam with an L1 proximal (soft-threshold) step on both weight matrices (ISTA-style).
#include <Eigen/Dense>
#include <cstdint>
#include <stop_token>

#include "core/data/dataset.h"

namespace smip {

struct BaselineConfig {
    int hidden = 8;              ///< ReLU units
    int epochs = 2000;           ///< full-batch steps
    double learningRate = 0.01;  ///< Adam step size
    double l1 = 1e-3;            ///< L1 strength λ; the prox step soft-thresholds by lr·λ
    std::uint64_t seed = 1;      ///< initialization
};

struct BaselineClassifier {
    Eigen::VectorXd featureMin, featureRange;  ///< inputs mapped to [0,1] on the training rows
    Eigen::MatrixXd W1;                        ///< hidden × m
    Eigen::VectorXd b1;                        ///< hidden
    Eigen::MatrixXd W2;                        ///< K × hidden
    Eigen::VectorXd b2;                        ///< K

    /// Transformed inputs (N × m).
    Eigen::MatrixXd transform(const Eigen::MatrixXd& raw) const;
    /// Predicted class per row of raw features (argmax of the logits, ties → lowest id).
    Eigen::VectorXi predict(const Eigen::MatrixXd& raw) const;
    /// Fraction of rows predicted correctly (0 for no rows).
    double accuracy(const Eigen::MatrixXd& raw, const Eigen::VectorXi& labels) const;
    /// Σ over rows of hidden units with positive ReLU output.
    long long activations(const Eigen::MatrixXd& raw) const;
    /// Nonzero first-layer weights.
    int nonzeroWeights() const { return static_cast<int>((W1.array() != 0.0).count()); }
    /// Units with some nonzero incoming and some nonzero outgoing weight.
    int usedNeurons() const;
};

struct BaselineResult {
    BaselineClassifier model;
    bool cancelled = false;
    int epochsRun = 0;
    double finalLoss = 0.0;  ///< mean cross-entropy on the training rows (without the L1 term)
    double seconds = 0.0;
};

/// Trains on `train` (precondition: checkPerceptronData passed). Synchronous, any thread; a stop
/// request ends training at the next epoch (cancelled = true, current weights kept).
BaselineResult trainBaselineClassifier(const Dataset& train, const BaselineConfig& config,
                                       std::stop_token stop = {});

}  // namespace smip
