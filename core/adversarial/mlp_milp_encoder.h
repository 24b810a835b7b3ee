#pragma once
// Encodes a trained ReLU MLP over an input box as mixed-integer linear constraints in a
// MilpProblem: the big-M formulation of Tjeng, Xiao & Tedrake (2019), with a binary only for the
// ReLUs whose bounds leave them unstable. Encoding and decoding are separate so the MILP can be
// solved elsewhere (e.g. a worker process) and mapped back here.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "core/adversarial/relu_bounds.h"
#include "core/milp/milp_problem.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

/// Column indices of the encoded network inside a MilpProblem.
struct MlpEncoding {
    std::vector<int> inputCols;                ///< x_i
    std::vector<std::vector<int>> hiddenCols;  ///< post-ReLU y per hidden neuron; −1 = constant 0
    std::vector<std::vector<int>> binaryCols;  ///< activity binary per hidden neuron; −1 = stable
    std::vector<int> outputCols;               ///< logits (empty when the output is not encoded)
};

struct MlpEncodeOptions {
    std::string prefix;          ///< prepended to column/row names (keeps names unique)
    int hiddenLayers = -1;       ///< encode only the first k hidden layers (−1 = all + output)
    bool relaxBinaries = false;  ///< continuous [0,1] instead of binary (LP relaxation)
};

/// Appends the network's columns and rows to `problem`. `bounds` must be valid pre-activation
/// bounds over the box [inLo, inHi] (interval, LP-tightened, or the global-M ones below).
MlpEncoding encodeMlp(const MlpClassifier& net, const NetworkBounds& bounds,
                      const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi,
                      MilpProblem& problem, const MlpEncodeOptions& options = {});

/// The "no tightening" baseline: every hidden ReLU gets [−M, M] with one global M (the largest
/// |bound| in `from`, so still valid), every ReLU gets a binary; the output keeps `from`'s bounds.
NetworkBounds globalBigMBounds(const NetworkBounds& from);

/// Reads the input values of an encoded solution, clamped into [inLo, inHi].
Eigen::VectorXd decodeInput(const MlpEncoding& enc, const std::vector<double>& solution,
                            const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi);

}  // namespace smip
