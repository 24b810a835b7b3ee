#pragma once
// A dense classifier network with step ("binary", h = [a ≥ 0]) or ReLU hidden units and linear
// output scores, as trained by the MIPs of Patil & Mintz and by the SGD reference.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "core/miptrain/mip_architecture.h"

namespace smip {

enum class MipActivation {
    Binary,  ///< step: h = 1 when a ≥ 0, else 0
    Relu     ///< h = max(0, a)
};

struct MipNetwork {
    MipActivation activation = MipActivation::Binary;
    std::vector<Eigen::MatrixXd> weights;  ///< layer l: out_l × in_l; the last is the output layer
    std::vector<Eigen::VectorXd> biases;   ///< layer l: out_l

    int layers() const { return static_cast<int>(weights.size()); }
    MipArchitecture architecture() const;
    int parameterCount() const;
    /// All parameters in the MILP's order: per layer, W row-major, then b.
    Eigen::VectorXd flatten() const;
    /// Inverse of flatten; `theta` must have parameterCount() entries.
    void unflatten(const Eigen::VectorXd& theta);
    /// Parameters with |θ| > tol (weights and biases).
    int nonzeroParameters(double tol = 1e-6) const;
};

/// A zero network of the given shape.
MipNetwork zeroMipNetwork(const MipArchitecture& arch, MipActivation activation);

/// Uniform(−s, s) weights with s = scale·sqrt(6/(fan_in+fan_out)), zero biases. Seeded.
MipNetwork randomMipNetwork(const MipArchitecture& arch, MipActivation activation, double scale,
                            std::uint64_t seed);

/// Output scores, N × J, for inputs X (N × D). Any thread.
Eigen::MatrixXd mipForward(const MipNetwork& net, const Eigen::MatrixXd& X);

/// Activations after the first `hiddenLayers` hidden layers (0 → X itself).
Eigen::MatrixXd mipHiddenActivations(const MipNetwork& net, const Eigen::MatrixXd& X,
                                     int hiddenLayers);

/// Smallest |a| over all hidden pre-activations on X (∞ without hidden layers). A binary network
/// is feasible for the MILP with margin ε exactly when this is ≥ ε.
double mipMinHiddenMargin(const MipNetwork& net, const Eigen::MatrixXd& X);

/// Index of the largest score in each row (first on ties).
std::vector<int> mipPredict(const Eigen::MatrixXd& scores);

}  // namespace smip
