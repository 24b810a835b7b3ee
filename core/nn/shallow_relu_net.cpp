#include "core/nn/shallow_relu_net.h"
#include <atomic>

namespace smip {

namespace {
std::atomic<bool> wideSimdAllowed{true};
}  // namespace

bool setWideSimdAllowed(bool allowed) {
    return wideSimdAllowed.exchange(allowed);
}

void ShallowReluWorkspace::resize(int samples, int width) {
    Z.resize(width, samples);
    H.resize(width, samples);
    G.resize(width, samples);
    out.resize(samples);
    r.resize(samples);
}

void ShallowReluWorkspace::prepare(const Eigen::MatrixXd& X, int width) {
    resize(static_cast<int>(X.rows()), width);
    Xt = X.transpose();
    z.resize(width);
    gz.resize(width);
    // Room for the padded small-width kernels (widths up to 16), plus slack for 32-byte alignment.
    padW.resize(16 * X.cols() + 4);
    padG.resize(16 * X.cols() + 4);
}

Eigen::VectorXd predict(const ShallowReluNet& net, const Eigen::MatrixXd& X) {
    Eigen::MatrixXd Z = net.W * X.transpose();
    Z.colwise() += net.b;
    return Z.cwiseMax(0.0).transpose() * net.v;
}

double meanSquaredError(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                        const Eigen::VectorXd& y) {
    if (X.rows() == 0) return 0.0;
    return (predict(net, X) - y).squaredNorm() / static_cast<double>(X.rows());
}

double forwardMse(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::MatrixXd& X,
                  const Eigen::VectorXd& y, ShallowReluWorkspace& ws) {
    // Samples are columns (K × N) so the per-sample output is one matrix-vector product.
    ws.Z.noalias() = W * X.transpose();
    ws.Z.colwise() += b;
    ws.H = ws.Z.cwiseMax(0.0);
    ws.out.noalias() = ws.H.transpose() * v;
    ws.r = ws.out - y;
    return ws.r.squaredNorm() / static_cast<double>(X.rows());
}

void backwardMse(ConstVecRef v, const Eigen::MatrixXd& X, ShallowReluWorkspace& ws, MatRef gW,
                 VecRef gb, VecRef gv) {
    // dMSE/dout_n = 2·r_n / N.
    ws.r *= 2.0 / static_cast<double>(X.rows());
    gv.noalias() = ws.H * ws.r;
    // dMSE/dZ_kn = v_k·g_n·[Z_kn > 0] (PyTorch's relu backward uses the strict inequality).
    ws.G.noalias() = v * ws.r.transpose();
    ws.G = (ws.Z.array() > 0.0).select(ws.G, 0.0);
    gW.noalias() = ws.G * X;
    gb = ws.G.rowwise().sum();
}

namespace {

// Below this many multiply-adds per epoch (K·d·N) the per-sample loop wins: Eigen's dynamic-size
// products pay a fixed dispatch cost per call that dominates tiny nets like the sparse-ReLU
// package's 7×5×7 (measured in tests/benchmarks/bench_training.cpp).
constexpr long kFusedLimit = 1L << 15;

// One pass over the samples: forward, residual and the rank-one gradient contributions of each
// sample, on contiguous columns (x_n = Xt.col(n)). The hidden units are padded to a compile-time
// width KP (zero weights, biases and output weights: a padded unit has z = 0, is inactive and
// contributes nothing) and held in GCC vector types of L doubles (L = 4 under AVX2, 2 for the
// baseline SSE2 target, whose lowering of 4-wide types is slow), so every operation over the
// units is a handful of SIMD instructions with no remainder loop, alias check or scalarized
// spill (what GCC made of plain loops of length 7 or 8). The output sum runs over the units in
// order, as the generic pass does, so both give bit-identical results.
template <int L>
struct VecOf;
template <>
struct VecOf<2> {
    typedef double type __attribute__((vector_size(16)));
};
template <>
struct VecOf<4> {
    typedef double type __attribute__((vector_size(32)));
};

template <int KP, int L>
[[gnu::always_inline]] inline double fusedPassPadded(ConstMatRef W, ConstVecRef b, ConstVecRef v,
                                                     const Eigen::VectorXd& y,
                                                     ShallowReluWorkspace& ws, MatRef gW, VecRef gb,
                                                     VecRef gv) {
    static_assert(KP % L == 0);
    constexpr int P = KP / L;
    using Vec = typename VecOf<L>::type;
    const Eigen::Index K = W.rows(), d = W.cols(), N = ws.Xt.cols();
    const double scale = 2.0 / static_cast<double>(N);
    // d × P blocks of padded weights and their gradient, 32-byte aligned inside the workspace's
    // buffers (sized by prepare(): no allocation here).
    Vec* __restrict wp = ws.alignedPadAs<Vec>(0);
    Vec* __restrict gwp = ws.alignedPadAs<Vec>(1);
    Vec bp[P], vp[P], gbp[P], gvp[P];
    for (int p = 0; p < P; ++p)
        bp[p] = vp[p] = gbp[p] = gvp[p] = Vec{};
    for (Eigen::Index k = 0; k < K; ++k) {
        bp[k / L][k % L] = b[k];
        vp[k / L][k % L] = v[k];
    }
    for (Eigen::Index j = 0; j < d; ++j) {
        for (int p = 0; p < P; ++p)
            wp[j * P + p] = gwp[j * P + p] = Vec{};
        for (Eigen::Index k = 0; k < K; ++k)
            wp[j * P + k / L][k % L] = W(k, j);
    }
    const Vec zero{};
    double loss = 0.0;
    for (Eigen::Index n = 0; n < N; ++n) {
        const double* __restrict x = ws.Xt.data() + n * d;
        Vec z[P];
        for (int p = 0; p < P; ++p)
            z[p] = bp[p];
        for (Eigen::Index j = 0; j < d; ++j)
            for (int p = 0; p < P; ++p)
                z[p] += wp[j * P + p] * x[j];
        double out = 0.0;
        for (int p = 0; p < P; ++p) {
            const Vec hv = (z[p] > zero ? z[p] : zero) * vp[p];
            for (int i = 0; i < L; ++i)
                out += hv[i];
        }
        const double r = out - y(n);
        loss += r * r;
        const double g = scale * r;  // dMSE/dout_n
        Vec gz[P];
        for (int p = 0; p < P; ++p) {
            const auto on = z[p] > zero;  // relu'(0) = 0 as in PyTorch
            gvp[p] += on ? z[p] * g : zero;
            gz[p] = on ? vp[p] * g : zero;
            gbp[p] += gz[p];
        }
        for (Eigen::Index j = 0; j < d; ++j)
            for (int p = 0; p < P; ++p)
                gwp[j * P + p] += gz[p] * x[j];
    }
    for (Eigen::Index k = 0; k < K; ++k) {
        gb[k] = gbp[k / L][k % L];
        gv[k] = gvp[k / L][k % L];
    }
    for (Eigen::Index j = 0; j < d; ++j)
        for (Eigen::Index k = 0; k < K; ++k)
            gW(k, j) = gwp[j * P + k / L][k % L];
    return loss / static_cast<double>(N);
}

// The padded kernels compiled twice: for the baseline x86-64 target and for AVX2 (4 doubles per
// instruction instead of 2), picked at run time, so the binary still runs on any x86-64. No FMA:
// contraction would change the rounding and so the results between machines.
#if defined(__x86_64__) && defined(__GNUC__)
#define SMIP_AVX2_DISPATCH 1
const bool cpuHasAvx2 = __builtin_cpu_supports("avx2");
template <int KP>
[[gnu::target("avx2")]] double fusedPassAvx2(ConstMatRef W, ConstVecRef b, ConstVecRef v,
                                             const Eigen::VectorXd& y, ShallowReluWorkspace& ws,
                                             MatRef gW, VecRef gb, VecRef gv) {
    return fusedPassPadded<KP, 4>(W, b, v, y, ws, gW, gb, gv);
}
#endif

template <int KP>
double fusedPassSmall(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::VectorXd& y,
                      ShallowReluWorkspace& ws, MatRef gW, VecRef gb, VecRef gv) {
#ifdef SMIP_AVX2_DISPATCH
    if (wideSimdAllowed.load(std::memory_order_relaxed) && cpuHasAvx2)
        return fusedPassAvx2<KP>(W, b, v, y, ws, gW, gb, gv);
#endif
    return fusedPassPadded<KP, 2>(W, b, v, y, ws, gW, gb, gv);
}

// The same pass for widths above the largest padded kernel, with loops of runtime length K.
double fusedPass(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::VectorXd& y,
                 ShallowReluWorkspace& ws, MatRef gW, VecRef gb, VecRef gv) {
    const Eigen::Index K = W.rows(), d = W.cols(), N = ws.Xt.cols();
    const double scale = 2.0 / static_cast<double>(N);
    gW.setZero();
    gb.setZero();
    gv.setZero();
    double* z = ws.z.data();
    double* gz = ws.gz.data();
    const double* bp = b.data();
    const double* vp = v.data();
    double loss = 0.0;
    for (Eigen::Index n = 0; n < N; ++n) {
        const double* x = ws.Xt.data() + n * d;
        for (Eigen::Index k = 0; k < K; ++k)
            z[k] = bp[k];
        for (Eigen::Index j = 0; j < d; ++j) {
            const double* w = W.data() + j * W.outerStride();
            const double xj = x[j];
            for (Eigen::Index k = 0; k < K; ++k)
                z[k] += w[k] * xj;
        }
        double out = 0.0;
        for (Eigen::Index k = 0; k < K; ++k)
            out += (z[k] > 0.0 ? z[k] : 0.0) * vp[k];
        const double r = out - y(n);
        loss += r * r;
        const double g = scale * r;  // dMSE/dout_n
        double* gvp = gv.data();
        double* gbp = gb.data();
        for (Eigen::Index k = 0; k < K; ++k) {
            const bool on = z[k] > 0.0;  // relu'(0) = 0 as in PyTorch
            gvp[k] += on ? z[k] * g : 0.0;
            gz[k] = on ? vp[k] * g : 0.0;
            gbp[k] += gz[k];
        }
        for (Eigen::Index j = 0; j < d; ++j) {
            double* gw = gW.data() + j * gW.outerStride();
            const double xj = x[j];
            for (Eigen::Index k = 0; k < K; ++k)
                gw[k] += gz[k] * xj;
        }
    }
    return loss / static_cast<double>(N);
}

}  // namespace

double forwardBackwardMse(ConstMatRef W, ConstVecRef b, ConstVecRef v, const Eigen::MatrixXd& X,
                          const Eigen::VectorXd& y, ShallowReluWorkspace& ws, MatRef gW, VecRef gb,
                          VecRef gv) {
    if (W.rows() * W.cols() * X.rows() <= kFusedLimit) {
        if (W.rows() <= 8) return fusedPassSmall<8>(W, b, v, y, ws, gW, gb, gv);
        if (W.rows() <= 16) return fusedPassSmall<16>(W, b, v, y, ws, gW, gb, gv);
        return fusedPass(W, b, v, y, ws, gW, gb, gv);
    }
    const double mse = forwardMse(W, b, v, X, y, ws);
    backwardMse(v, X, ws, gW, gb, gv);
    return mse;
}

ShallowReluNet mseGradient(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                           const Eigen::VectorXd& y) {
    ShallowReluWorkspace ws;
    ws.resize(static_cast<int>(X.rows()), net.width());
    ShallowReluNet g;
    g.W.resize(net.width(), net.inputs());
    g.b.resize(net.width());
    g.v.resize(net.width());
    forwardMse(net.W, net.b, net.v, X, y, ws);
    backwardMse(net.v, X, ws, g.W, g.b, g.v);
    return g;
}

}  // namespace smip
