#pragma once
// Configuration of a shallow perceptron (step-function) network trained as a MILP, after
// Rosenhahn, "Optimization of sparsity-constrained neural networks as a MILP", JOTA 199 (2023).
#include <cstdint>
#include <string>

namespace smip {

/// The gradient-trained MIP start (issue #13, "start where gradient methods end"): restarts of a
/// step network trained by gradient with an annealed sigmoid, then polished exactly by LP.
struct PerceptronStartConfig {
    int restarts = 6;  ///< gradient restarts; 0 = only the heuristic start
    int epochs = 600;  ///< full-batch Adam steps per restart
    double learningRate = 0.05;
    double l1 = 1e-3;        ///< L1 strength on the hidden weights (soft-thresholded)
    std::uint64_t seed = 1;  ///< restart r is seeded with seed + r
};

/// The paper's three sparsity terms (Sec. 3.2), each on/off and weighted in the objective
/// against the XOR (Hamming) loss, where one wrong output bit costs 1.
struct PerceptronSparsity {
    bool weights = false;            ///< (a) count nonzero hidden weights ω_ij (binary indicator)
    bool activations = false;        ///< (b) count hidden firings st_i over the training samples
    bool neurons = false;            ///< (c) kill switch per hidden unit; count the used units
    double weightsFactor = 0.1;      ///< objective weight per nonzero ω_ij (paper: 0.1)
    double activationsFactor = 0.1;  ///< objective weight per hidden firing (paper: 0.1)
    double neuronsFactor = 0.1;      ///< objective weight per used hidden unit (paper: 0.1)
    int maxWeights = -1;             ///< N_max cap on nonzero ω_ij (needs `weights`); −1 = none

    /// The paper's Table-3 flag string "abc" with a = weights, b = activations, c = neurons.
    std::string flagsId() const {
        return std::string(1, weights ? '1' : '0') + (activations ? '1' : '0') +
               (neurons ? '1' : '0');
    }
};

/// Which of the solver's incumbents are polished exactly (their firing pattern re-solved by LP,
/// weights and units dropped while the objective does not rise); a strictly better network
/// replaces the incumbent.
enum class PerceptronPolish {
    Off,      ///< plain CBC
    Final,    ///< the solver's last incumbent, after the solve (the search itself is untouched)
    Restart,  ///< also each improved incumbent: the solve stops and restarts from a better one
};

/// "off", "final", "restart" (CLI, JSON); fromId: false for anything else.
const char* polishId(PerceptronPolish p);
bool polishFromId(const std::string& id, PerceptronPolish& out);

struct PerceptronConfig {
    int hidden = 8;  ///< n hidden perceptrons (≥ 1)
    PerceptronSparsity sparsity;
    bool integer = false;          ///< integer network: integer inputs, weights and biases
    bool nonnegative = false;      ///< ω_ij ≥ 0 (feature selection, paper Sec. 4.2)
    double weightBound = 1.0;      ///< continuous mode: |ω_ij| ≤ this and |q_ik| ≤ this
    double margin = 0.01;          ///< continuous mode: "off" means pre-activation ≤ −margin
    int integerBound = 10;         ///< integer mode: weights and biases in [−bound, bound]
    int integerScale = 10;         ///< integer mode: inputs = round(scale · x in [0,1])
    bool symmetryBreaking = true;  ///< order interchangeable hidden units (keeps the optimum)
    /// With the kill switch: a used unit fires on some sample, and (continuous mode) is off on
    /// some sample and has a weight (with the weights flag); keeps the optimum (perceptron_milp).
    bool validInequalities = true;
    /// Polishing of the solver's incumbents (perceptron_polish_restarts.h).
    PerceptronPolish polish = PerceptronPolish::Final;
    /// Before CBC: enumerate firing patterns for an exact lower bound (and a better network) on
    /// small low-dimensional data (perceptron_pattern_bound.h), with at most 0.4 of the time
    /// limit; its bound becomes a row of the model. Skipped where it does not apply.
    bool patternBound = true;
    int maxClasses = 10;          ///< inputs with more classes are rejected (K outputs each)
    PerceptronStartConfig start;  ///< how the MIP start is searched (trainPerceptron)
};

/// Parses a comma list of "weights", "activations", "neurons" (or "none"/"" for no flag) into the
/// flags of `out` (factors untouched). False with a message naming the unknown item.
bool parseSparsityFlags(const std::string& list, PerceptronSparsity& out, std::string& error);

}  // namespace smip
