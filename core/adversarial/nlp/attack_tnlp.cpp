#include "core/adversarial/nlp/attack_tnlp.h"

#include <algorithm>
#include <cmath>

namespace smip {

using Ipopt::Index;
using Ipopt::Number;

namespace {
constexpr double kIpoptInf = 1e19;  // Ipopt's default nlp_{lower,upper}_bound_inf
}

AttackTnlp::AttackTnlp(const MlpClassifier& net, const SmoothAttackSpec& spec,
                       const SmoothRelu& relu, const NlpOptions& options, const NlpHooks& hooks,
                       std::stop_token stop)
    : net_(net), spec_(spec), relu_(relu), options_(options), hooks_(hooks), stop_(stop) {
    start_ = std::chrono::steady_clock::now();
    n0_ = net.inputSize();
    hidden_ = net.hiddenLayerCount();
    int v = 3 * n0_, r = n0_;
    for (int l = 0; l < hidden_; ++l) {
        layerOffset_.push_back(v);
        rowOffset_.push_back(r);
        v += static_cast<int>(net.weights[l].rows());
        r += static_cast<int>(net.weights[l].rows());
    }
    nVars_ = v;
    nCons_ = r + static_cast<int>(spec.conditions.size());
    // Logits are substituted: z = W_L·h + b_L, so each condition is linear in the last block h.
    const Eigen::MatrixXd& W = net.weights.back();
    const Eigen::VectorXd& b = net.biases.back();
    conditionRows_.resize(static_cast<Eigen::Index>(spec.conditions.size()), W.cols());
    conditionConst_.resize(static_cast<Eigen::Index>(spec.conditions.size()));
    for (std::size_t c = 0; c < spec.conditions.size(); ++c) {
        const auto& k = spec.conditions[c];
        const auto i = static_cast<Eigen::Index>(c);
        conditionRows_.row(i) = W.row(k.winner) - W.row(k.loser);
        conditionConst_(i) = b(k.winner) - b(k.loser);
    }
    pre_.resize(hidden_);
    result.x = spec.x0;
}

int AttackTnlp::prevOffset(int layer) const {
    return layer == 0 ? 0 : layerOffset_[layer - 1];
}
int AttackTnlp::prevSize(int layer) const {
    return layer == 0 ? n0_ : static_cast<int>(net_.weights[layer - 1].rows());
}

void AttackTnlp::computePre(const double* x) {
    for (int l = 0; l < hidden_; ++l) {
        Eigen::Map<const Eigen::VectorXd> h(x + prevOffset(l), prevSize(l));
        pre_[l].noalias() = net_.weights[l] * h;
        pre_[l] += net_.biases[l];
    }
}

bool AttackTnlp::get_nlp_info(Index& n, Index& m, Index& nnz_jac_g, Index& nnz_h_lag,
                              IndexStyleEnum& index_style) {
    n = nVars_;
    m = nCons_;
    long long jac = 3LL * n0_, hess = 0;
    for (int l = 0; l < hidden_; ++l) {
        const long long p = prevSize(l);
        jac += net_.weights[l].rows() * (1 + p);
        hess += p * (p + 1) / 2;
    }
    jac += static_cast<long long>(spec_.conditions.size()) * prevSize(hidden_);
    nnz_jac_g = static_cast<Index>(jac);
    nnz_h_lag = static_cast<Index>(hess);
    index_style = C_STYLE;
    return true;
}

bool AttackTnlp::get_bounds_info(Index, Number* x_l, Number* x_u, Index, Number* g_l, Number* g_u) {
    for (int i = 0; i < n0_; ++i) {
        x_l[i] = spec_.lower(i);
        x_u[i] = spec_.upper(i);
        const double w = spec_.upper(i) - spec_.lower(i);
        x_l[n0_ + i] = x_l[2 * n0_ + i] = 0.0;
        x_u[n0_ + i] = x_u[2 * n0_ + i] = w;
        g_l[i] = g_u[i] = spec_.x0(i);  // x − d⁺ + d⁻ = x₀
    }
    for (int v = 3 * n0_; v < nVars_; ++v) {
        x_l[v] = -kIpoptInf;  // y is defined by its equality; bounds would only slow Ipopt
        x_u[v] = kIpoptInf;
    }
    int r = n0_;
    for (int l = 0; l < hidden_; ++l)
        for (Eigen::Index i = 0; i < net_.weights[l].rows(); ++i, ++r)
            g_l[r] = g_u[r] = 0.0;
    for (std::size_t c = 0; c < spec_.conditions.size(); ++c, ++r) {
        g_l[r] = spec_.conditions[c].margin - conditionConst_(static_cast<Eigen::Index>(c));
        g_u[r] = kIpoptInf;
    }
    return true;
}

bool AttackTnlp::get_starting_point(Index, bool, Number* x, bool, Number*, Number*, Index, bool,
                                    Number*) {
    // Start at the unperturbed input with the surrogate network's activations there.
    for (int i = 0; i < n0_; ++i) {
        x[i] = spec_.x0(i);
        x[n0_ + i] = x[2 * n0_ + i] = 0.0;
    }
    for (int l = 0; l < hidden_; ++l) {
        Eigen::Map<const Eigen::VectorXd> h(x + prevOffset(l), prevSize(l));
        const Eigen::VectorXd a = net_.weights[l] * h + net_.biases[l];
        for (Eigen::Index i = 0; i < a.size(); ++i)
            x[layerOffset_[l] + i] = relu_.value(a(i));
    }
    return true;
}

bool AttackTnlp::eval_f(Index, const Number* x, bool, Number& obj) {
    obj = 0.0;
    for (int i = n0_; i < 3 * n0_; ++i)
        obj += x[i];
    return true;
}

bool AttackTnlp::eval_grad_f(Index n, const Number*, bool, Number* g) {
    for (int i = 0; i < n; ++i)
        g[i] = (i >= n0_ && i < 3 * n0_) ? 1.0 : 0.0;
    return true;
}

bool AttackTnlp::eval_g(Index, const Number* x, bool, Index, Number* g) {
    for (int i = 0; i < n0_; ++i)
        g[i] = x[i] - x[n0_ + i] + x[2 * n0_ + i];
    computePre(x);
    int r = n0_;
    for (int l = 0; l < hidden_; ++l)
        for (Eigen::Index i = 0; i < pre_[l].size(); ++i, ++r)
            g[r] = x[layerOffset_[l] + i] - relu_.value(pre_[l](i));
    Eigen::Map<const Eigen::VectorXd> h(x + prevOffset(hidden_), prevSize(hidden_));
    for (Eigen::Index c = 0; c < conditionRows_.rows(); ++c, ++r)
        g[r] = conditionRows_.row(c).dot(h);
    return std::all_of(g, g + nCons_, [](double v) { return std::isfinite(v); });
}

bool AttackTnlp::eval_jac_g(Index, const Number* x, bool, Index, Index, Index* iRow, Index* jCol,
                            Number* values) {
    const bool structure = values == nullptr;
    if (!structure) computePre(x);
    int k = 0;
    auto put = [&](int row, int col, double v) {
        if (structure) {
            iRow[k] = row;
            jCol[k] = col;
        } else {
            values[k] = v;
        }
        ++k;
    };
    for (int i = 0; i < n0_; ++i) {
        put(i, i, 1.0);
        put(i, n0_ + i, -1.0);
        put(i, 2 * n0_ + i, 1.0);
    }
    int r = n0_;
    for (int l = 0; l < hidden_; ++l) {
        const Eigen::MatrixXd& W = net_.weights[l];
        for (Eigen::Index i = 0; i < W.rows(); ++i, ++r) {
            const double s = structure ? 0.0 : relu_.d1(pre_[l](i));
            put(r, layerOffset_[l] + static_cast<int>(i), 1.0);
            for (int p = 0; p < prevSize(l); ++p)
                put(r, prevOffset(l) + p, -s * W(i, p));
        }
    }
    for (Eigen::Index c = 0; c < conditionRows_.rows(); ++c, ++r)
        for (int p = 0; p < prevSize(hidden_); ++p)
            put(r, prevOffset(hidden_) + p, conditionRows_(c, p));
    return true;
}

bool AttackTnlp::eval_h(Index, const Number* x, bool, Number, Index, const Number* lambda, bool,
                        Index, Index* iRow, Index* jCol, Number* values) {
    int k = 0;
    if (values == nullptr) {
        for (int l = 0; l < hidden_; ++l)
            for (int a = 0; a < prevSize(l); ++a)
                for (int b = 0; b <= a; ++b, ++k) {
                    iRow[k] = prevOffset(l) + a;
                    jCol[k] = prevOffset(l) + b;
                }
        return true;
    }
    computePre(x);
    for (int l = 0; l < hidden_; ++l) {
        // ∇²(y_i − σ(a_i)) = −σ''(a_i)·w_i w_iᵀ, so the block is −Wᵀ diag(λ ⊙ σ'') W.
        const Eigen::MatrixXd& W = net_.weights[l];
        Eigen::VectorXd s(W.rows());
        for (Eigen::Index i = 0; i < W.rows(); ++i)
            s(i) = -lambda[rowOffset_[l] + i] * relu_.d2(pre_[l](i));
        const Eigen::MatrixXd H = W.transpose() * s.asDiagonal() * W;
        for (int a = 0; a < prevSize(l); ++a)
            for (int b = 0; b <= a; ++b)
                values[k++] = H(a, b);
    }
    return true;
}

double AttackTnlp::violation(const double* x) {
    std::vector<double> g(nCons_);
    eval_g(nVars_, x, true, nCons_, g.data());
    double v = 0.0;
    for (int i = 0; i < n0_; ++i)
        v = std::max(v, std::abs(g[i] - spec_.x0(i)));
    int r = n0_;
    for (int l = 0; l < hidden_; ++l)
        for (Eigen::Index i = 0; i < pre_[l].size(); ++i, ++r)
            v = std::max(v, std::abs(g[r]));
    for (std::size_t c = 0; c < spec_.conditions.size(); ++c, ++r) {
        const double need =
            spec_.conditions[c].margin - conditionConst_(static_cast<Eigen::Index>(c));
        v = std::max(v, need - g[r]);
    }
    return v;
}

void AttackTnlp::finalize_solution(Ipopt::SolverReturn, Index n, const Number* x, const Number*,
                                   const Number*, Index, const Number*, const Number*, Number,
                                   const Ipopt::IpoptData*, Ipopt::IpoptCalculatedQuantities*) {
    if (x == nullptr || n != nVars_) return;
    result.hasPoint = true;
    result.x.resize(n0_);
    for (int i = 0; i < n0_; ++i)
        result.x(i) = std::clamp(x[i], spec_.lower(i), spec_.upper(i));
    result.objective = 0.0;
    for (int i = n0_; i < 3 * n0_; ++i)
        result.objective += x[i];
    result.maxViolation = violation(x);
}

bool AttackTnlp::intermediate_callback(Ipopt::AlgorithmMode, Index iter, Number obj_value,
                                       Number inf_pr, Number inf_du, Number, Number, Number, Number,
                                       Number, Index, const Ipopt::IpoptData*,
                                       Ipopt::IpoptCalculatedQuantities*) {
    NlpProgress p;
    p.iteration = iter;
    p.objective = obj_value;
    p.primalInfeasibility = inf_pr;
    p.dualInfeasibility = inf_du;
    p.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    result.iterations = iter;
    result.progress.push_back(p);
    if (hooks_.onProgress) hooks_.onProgress(p);
    // Ipopt 3.11 has no max_wall_time: the deadline lives here; returning false stops the solve
    // with User_Requested_Stop and finalize_solution still receives the last iterate.
    if (stop_.stop_requested()) {
        stoppedByUser = true;
        return false;
    }
    if (p.seconds > options_.timeLimitSeconds) {
        stoppedByTime = true;
        return false;
    }
    return true;
}

}  // namespace smip
