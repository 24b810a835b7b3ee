#pragma once
// Turns a solution vector of the perceptron MILP back into a network and checks that the decoded
// network reproduces the MILP's loss term on the training data (Rosenhahn, JOTA 2023: "the weights
// can be assembled to a neural network for forward inference").
#include <string>
#include <vector>

#include "core/common/verification_report.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_net.h"

namespace smip {

/// The objective's terms as the MILP's own variables state them.
struct PerceptronMilpTerms {
    int bitErrors = 0;          ///< Σ XOR(st_F, target) over training samples and outputs
    long long activations = 0;  ///< Σ st_i over training samples
    int weights = 0;            ///< Σ z_ij with the weights flag, else nonzero ω_ij
    int usedNeurons = 0;        ///< Σ u_i with the neurons flag, else units with in/out weights
};

/// Decoded network from `solution` (one value per column). Continuous mode: values within 1e-7 of
/// zero become zero and biases move by half the margin, midway between the MILP's "on" (≥ 0) and
/// "off" (≤ −ε) sides, so solver tolerances cannot flip a training step. Integer mode: rounded.
/// A unit killed by the switch gets ω = 0, q = 0, b = −1 (always off). Fills `terms` if given.
PerceptronNet decodePerceptron(const PerceptronMilp& milp, const std::vector<double>& solution,
                               PerceptronMilpTerms* terms = nullptr);

/// passed: decoded training bit errors == the MILP's loss term; message: the first step that
/// differs and its likely reason (set even when passed, empty when none); maxResidual is not
/// measured (NaN), nonzeros not counted.
struct PerceptronVerification : VerificationReport {
    int milpBitErrors = 0;
    int decodedBitErrors = 0;
    int stepMismatches = 0;  ///< hidden/output steps that differ from the MILP's st / st_F
};

/// Re-runs `net` on the MILP's training inputs and compares with the solution's steps.
PerceptronVerification verifyPerceptron(const PerceptronMilp& milp,
                                        const std::vector<double>& solution,
                                        const PerceptronNet& net);

}  // namespace smip
