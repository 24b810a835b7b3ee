#pragma once
// Ipopt TNLP of the smooth minimal-perturbation problem (internal to core/adversarial/nlp; see
// smooth_attack.h).
#include <IpTNLP.hpp>
#include <chrono>
#include <stop_token>

#include "core/adversarial/nlp/smooth_attack.h"

namespace smip {

class AttackTnlp : public Ipopt::TNLP {
  public:
    AttackTnlp(const MlpClassifier& net, const SmoothAttackSpec& spec, const SmoothRelu& relu,
               const NlpOptions& options, const NlpHooks& hooks, std::stop_token stop);

    bool get_nlp_info(Ipopt::Index& n, Ipopt::Index& m, Ipopt::Index& nnz_jac_g,
                      Ipopt::Index& nnz_h_lag, IndexStyleEnum& index_style) override;
    bool get_bounds_info(Ipopt::Index n, Ipopt::Number* x_l, Ipopt::Number* x_u, Ipopt::Index m,
                         Ipopt::Number* g_l, Ipopt::Number* g_u) override;
    bool get_starting_point(Ipopt::Index n, bool init_x, Ipopt::Number* x, bool init_z,
                            Ipopt::Number* z_L, Ipopt::Number* z_U, Ipopt::Index m,
                            bool init_lambda, Ipopt::Number* lambda) override;
    bool eval_f(Ipopt::Index n, const Ipopt::Number* x, bool new_x,
                Ipopt::Number& obj_value) override;
    bool eval_grad_f(Ipopt::Index n, const Ipopt::Number* x, bool new_x,
                     Ipopt::Number* grad_f) override;
    bool eval_g(Ipopt::Index n, const Ipopt::Number* x, bool new_x, Ipopt::Index m,
                Ipopt::Number* g) override;
    bool eval_jac_g(Ipopt::Index n, const Ipopt::Number* x, bool new_x, Ipopt::Index m,
                    Ipopt::Index nele_jac, Ipopt::Index* iRow, Ipopt::Index* jCol,
                    Ipopt::Number* values) override;
    bool eval_h(Ipopt::Index n, const Ipopt::Number* x, bool new_x, Ipopt::Number obj_factor,
                Ipopt::Index m, const Ipopt::Number* lambda, bool new_lambda,
                Ipopt::Index nele_hess, Ipopt::Index* iRow, Ipopt::Index* jCol,
                Ipopt::Number* values) override;
    void finalize_solution(Ipopt::SolverReturn status, Ipopt::Index n, const Ipopt::Number* x,
                           const Ipopt::Number* z_L, const Ipopt::Number* z_U, Ipopt::Index m,
                           const Ipopt::Number* g, const Ipopt::Number* lambda,
                           Ipopt::Number obj_value, const Ipopt::IpoptData* ip_data,
                           Ipopt::IpoptCalculatedQuantities* ip_cq) override;
    bool intermediate_callback(Ipopt::AlgorithmMode mode, Ipopt::Index iter,
                               Ipopt::Number obj_value, Ipopt::Number inf_pr, Ipopt::Number inf_du,
                               Ipopt::Number mu, Ipopt::Number d_norm,
                               Ipopt::Number regularization_size, Ipopt::Number alpha_du,
                               Ipopt::Number alpha_pr, Ipopt::Index ls_trials,
                               const Ipopt::IpoptData* ip_data,
                               Ipopt::IpoptCalculatedQuantities* ip_cq) override;

    /// Filled by finalize_solution / the callback.
    NlpResult result;
    bool stoppedByTime = false;
    bool stoppedByUser = false;

  private:
    // Variable layout: [x | d⁺ | d⁻ | y_1 | ... | y_H]; constraint layout: [link (n0) | hidden
    // neurons | logit conditions].
    int prevOffset(int layer) const;  // first variable of layer's input (x for layer 0)
    int prevSize(int layer) const;
    // Pre-activation a of every hidden neuron at the point x (stored in pre_).
    void computePre(const double* x);
    double violation(const double* x);

    const MlpClassifier& net_;
    const SmoothAttackSpec& spec_;
    SmoothRelu relu_;
    NlpOptions options_;
    const NlpHooks& hooks_;
    std::stop_token stop_;
    std::chrono::steady_clock::time_point start_;
    int n0_ = 0, hidden_ = 0, nVars_ = 0, nCons_ = 0;
    std::vector<int> layerOffset_;   // first y variable of each hidden layer
    std::vector<int> rowOffset_;     // first constraint row of each hidden layer
    Eigen::MatrixXd conditionRows_;  // one row per condition, over the last activation block
    Eigen::VectorXd conditionConst_;
    std::vector<Eigen::VectorXd> pre_;
};

}  // namespace smip
