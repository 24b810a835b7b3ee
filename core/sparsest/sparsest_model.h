#pragma once
// The built sparsest-network MILP plus everything needed to decode a solution vector into a
// network: the data, the resolved config and the column index of each modelling variable.
#include <Eigen/Dense>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/sparsest/sparsest_config.h"

namespace smip {

struct SparsestModel {
    MilpProblem problem;
    SparsestConfig config;  ///< width resolved (never 0)
    Eigen::MatrixXd X;      ///< N × d data the model fits
    Eigen::VectorXd y;      ///< N targets
    int samples = 0;        ///< N
    int inputs = 0;         ///< d
    int units = 0;  ///< hidden-unit slots in the model (K for seed, 2K sign slots for tight)
    int positiveSlots = 0;  ///< tight: slots 0..positiveSlots−1 have v = +1, the rest v = −1

    // Column indices, -1 when the variable does not exist in this variant.
    std::vector<int> wCol;       ///< units·d, index k·d + j: weight W_kj
    std::vector<int> bCol;       ///< units: bias b_k
    std::vector<int> tCol;       ///< units·d: weight-nonzero binary t_kj
    std::vector<int> sCol;       ///< units: bias-nonzero binary s_k (-1 when biases not counted)
    std::vector<int> uCol;       ///< units: unit-used binary u_k (tight only)
    std::vector<int> sigmaCol;   ///< units: output-sign binary σ_k, v_k = 2σ_k − 1 (seed only)
    std::vector<int> fixedSign;  ///< units: +1/−1 when the sign is fixed by the slot, 0 when σ
    std::vector<int> zCol;       ///< N·units, index n·units + k: activation binary z_nk
    std::vector<int> pCol;       ///< N·units: positive part p_nk of the pre-activation
    std::vector<int> qCol;       ///< N·units: negative part q_nk
    std::vector<int> rCol;       ///< N·units: McCormick product r_nk = p_nk·σ_k (seed only)
    std::vector<double> bigM;    ///< N: big-M used for sample n (one global value for seed)

    int w(int k, int j) const { return wCol[static_cast<std::size_t>(k * inputs + j)]; }
    int t(int k, int j) const { return tCol[static_cast<std::size_t>(k * inputs + j)]; }
    int at(const std::vector<int>& cols, int n, int k) const {
        return cols[static_cast<std::size_t>(n * units + k)];
    }
};

}  // namespace smip
