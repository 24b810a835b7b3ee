#pragma once
// The sparse-ReLU package's metrics of a ShallowReluNet on data.
#include <Eigen/Dense>

#include "core/nn/shallow_relu_net.h"

namespace smip {

struct NetMetrics {
    double mse = 0.0;
    int nonzeros = 0;       ///< path products |v_k·w_kj| (and |v_k·b_k|) above eps
    int activeNeurons = 0;  ///< hidden units with a nonzero path product
    double pathNorm = 0.0;  ///< Σ_kj |v_k·w_kj|^p (+ Σ_k |v_k·b_k|^p when biases count)
    double maxW = 0.0, maxB = 0.0, maxV = 0.0;
};

/// Computes every metric. X is N × d, y has N entries; p > 0 for the path norm; `countBiases`
/// adds the bias paths v_k·b_k to nonzeros, active neurons and the path norm. Any thread.
NetMetrics computeMetrics(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                          const Eigen::VectorXd& y, double p, double eps, bool countBiases);

}  // namespace smip
