#include "core/nn/shallow_relu_net.h"

namespace smip {

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
// products pay a fixed dispatch cost per call that dominates tiny nets like the seed's 7×5×7
// (measured in tests/benchmarks/bench_training.cpp).
constexpr long kFusedLimit = 1L << 15;

// One pass over the samples: forward, residual and the rank-one gradient contributions of each
// sample, on contiguous columns (x_n = Xt.col(n)); the inner loops over k auto-vectorize.
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
    if (W.rows() * W.cols() * X.rows() <= kFusedLimit) return fusedPass(W, b, v, y, ws, gW, gb, gv);
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
