#include "core/nn/net_metrics.h"

#include <cmath>

namespace smip {

// The sparse-ReLU package's utils: products v_k·w_kj (and v_k·b_k when biases count) are the
// "paths" of the network; a path is nonzero when |v_k·w_kj| > eps. The lp path norm sums
// |product|^p over the same set of paths (the package's lp_path_norm includes the bias paths when
// incl_bias_sparsity is set, so we do too). The package counts an active unit with >= eps; we use >
// eps for both counts so "active" means exactly "has a nonzero path" (they differ only at |product|
// == eps).
NetMetrics computeMetrics(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                          const Eigen::VectorXd& y, double p, double eps, bool countBiases) {
    NetMetrics m;
    m.mse = meanSquaredError(net, X, y);
    const int K = net.width();
    const int d = net.inputs();
    for (int k = 0; k < K; ++k) {
        bool active = false;
        const double vk = net.v(k);
        const int cols = countBiases ? d + 1 : d;
        for (int j = 0; j < cols; ++j) {
            const double a = std::abs(vk * (j < d ? net.W(k, j) : net.b(k)));
            if (a > eps) {
                ++m.nonzeros;
                active = true;
            }
            if (a > 0.0) m.pathNorm += std::pow(a, p);
        }
        if (active) ++m.activeNeurons;
    }
    m.maxW = net.W.size() ? net.W.cwiseAbs().maxCoeff() : 0.0;
    m.maxB = net.b.size() ? net.b.cwiseAbs().maxCoeff() : 0.0;
    m.maxV = net.v.size() ? net.v.cwiseAbs().maxCoeff() : 0.0;
    return m;
}

}  // namespace smip
