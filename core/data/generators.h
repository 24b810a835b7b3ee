#pragma once
// The sparse-ReLU package's three regression generators (README of the sparse ReLU package,
// `data(N, d)`): random targets, a planted ReLU "teacher" network, and low-rank features. All are
// reproducible from the random seed on every platform (see random_draws.h).
#include <cstdint>

#include <Eigen/Dense>

#include "core/data/dataset.h"

namespace smip {

/// The planted network of the teacher generator: y = relu(X·W + b)·v (+ noise).
struct TeacherNet {
    Eigen::MatrixXd W;  ///< d × K hidden weights
    Eigen::VectorXd b;  ///< K hidden biases
    Eigen::VectorXd v;  ///< K output weights
};

/// X ~ U(-1,1)^{n×d}, y ~ U(-1,1). Preconditions: n ≥ 1, d ≥ 1 (checked by resolveDataset).
Dataset generateRandom(int n, int d, std::uint64_t seed);

/// X ~ U(-1,1)^{n×d}; a planted ReLU net with K = ceil(n/2) units, W ~ N(0, 0.5²),
/// b ~ N(0, 0.1²), v ~ N(0, 0.5²); y = relu(XW + b)v + 0.05·N(0,1). `planted` receives the net.
Dataset generateTeacher(int n, int d, std::uint64_t seed, TeacherNet* planted = nullptr);

/// Low-rank features: r = ceil(d/2), X = Z·Aᵀ with Z (n×r), A (d×r) standard normal;
/// y = X·w* + 0.05·N(0,1) with w* = (1, −1.5, 0.7, 0, …) truncated to d.
Dataset generateLowRank(int n, int d, std::uint64_t seed);

/// The lowrank generator's w* for d features.
Eigen::VectorXd lowRankTrueWeights(int d);

/// Evaluates relu(X·W + b)·v in row blocks (never forms the n × K hidden matrix at once).
Eigen::VectorXd evaluateTeacher(const TeacherNet& net, const Eigen::MatrixXd& X);

}  // namespace smip
