#pragma once
// Single-hidden-layer ReLU network d → K → 1 without output bias: f(x) = Σ_k v_k·relu(w_k·x + b_k).
#include <Eigen/Dense>
#include <cstdint>

namespace smip {

struct ShallowReluNet {
    Eigen::MatrixXd W;  ///< K × d hidden weights (row k = w_k)
    Eigen::VectorXd b;  ///< K hidden biases
    Eigen::VectorXd v;  ///< K output weights

    int width() const { return static_cast<int>(W.rows()); }
    int inputs() const { return static_cast<int>(W.cols()); }
};

/// Buffers of one forward/backward pass on N samples; sized once, reused every epoch (no
/// allocation in the training loop).
struct ShallowReluWorkspace {
    Eigen::MatrixXd Z;     ///< K × N pre-activations w_k·x_n + b_k
    Eigen::MatrixXd H;     ///< K × N activations relu(Z)
    Eigen::MatrixXd G;     ///< K × N back-propagated pre-activation gradients
    Eigen::VectorXd out;   ///< N network outputs
    Eigen::VectorXd r;     ///< N residuals out − y, then dMSE/dout
    Eigen::MatrixXd Xt;    ///< d × N transposed data (forwardBackwardMse; set by prepare())
    Eigen::VectorXd z;     ///< K pre-activations of one sample (forwardBackwardMse)
    Eigen::VectorXd gz;    ///< K pre-activation gradients of one sample (forwardBackwardMse)
    Eigen::VectorXd padW;  ///< d × 16 zero-padded weights of the small-width kernels (+ slack)
    Eigen::VectorXd padG;  ///< d × 16 zero-padded weight gradients of the small kernels (+ slack)

    /// padW (which 0) or padG (which 1) as 32-byte aligned blocks of 4 doubles.
    template <class Vec4>
    Vec4* alignedPadAs(int which) {
        double* base = which == 0 ? padW.data() : padG.data();
        const auto addr = reinterpret_cast<std::uintptr_t>(base);
        return reinterpret_cast<Vec4*>((addr + 31) & ~std::uintptr_t(31));
    }

    /// Sizes every buffer for `samples` × `width`.
    void resize(int samples, int width);
    /// Sizes every buffer for X (N × d) and `width`, and stores Xᵀ for forwardBackwardMse.
    void prepare(const Eigen::MatrixXd& X, int width);
};

using ConstMatRef = Eigen::Ref<const Eigen::MatrixXd>;
using ConstVecRef = Eigen::Ref<const Eigen::VectorXd>;
using MatRef = Eigen::Ref<Eigen::MatrixXd>;
using VecRef = Eigen::Ref<Eigen::VectorXd>;

/// Network outputs for every row of X (N × d). Allocates: for reporting, not for hot loops.
Eigen::VectorXd predict(const ShallowReluNet& net, const Eigen::MatrixXd& X);

/// MSE = mean_n (f(x_n) − y_n)². Allocates: for reporting, not for hot loops.
double meanSquaredError(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                        const Eigen::VectorXd& y);

/// Hot-loop forward pass on X (N × d): fills ws.Z, ws.H, ws.out, ws.r and returns the MSE.
/// ws must be sized for (N, K). No allocation.
double forwardMse(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::MatrixXd& X,
                  const Eigen::VectorXd& y, ShallowReluWorkspace& ws);

/// Gradient of the MSE with respect to W, b, v at the point of the last forwardMse call on the
/// same ws (uses relu'(0) = 0 like PyTorch). Overwrites ws.r and ws.G. No allocation.
void backwardMse(ConstVecRef v, const Eigen::MatrixXd& X, ShallowReluWorkspace& ws, MatRef gW,
                 VecRef gb, VecRef gv);

/// MSE and its gradient in one pass (same values as forwardMse + backwardMse). Needs
/// ws.prepare(X, K) once; picks a per-sample loop for small nets and matrix products for large
/// ones. ws.Z/H/G/out/r are not meaningful afterwards. No allocation.
double forwardBackwardMse(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::MatrixXd& X,
                          const Eigen::VectorXd& y, ShallowReluWorkspace& ws, MatRef gW, VecRef gb,
                          VecRef gv);

/// Lets the small-width kernels of forwardBackwardMse use AVX2 when the CPU has it (the default)
/// or forces the baseline SSE2 kernel; both give bit-identical results (tests compare them).
/// Returns the previous setting.
bool setWideSimdAllowed(bool allowed);

/// Convenience: allocating gradient of the MSE at `net` (for tests and tools).
ShallowReluNet mseGradient(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                           const Eigen::VectorXd& y);

}  // namespace smip
