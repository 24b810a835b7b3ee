#pragma once
// The common result of every check of a solver's claim: a solution is decoded, re-evaluated
// independently on the real network in double precision, and compared with what the solver said.
// The three checks (sparsest network: verifySparsestNetwork; perceptron decode: verifyPerceptron;
// adversarial attack: verifyAttack) return this shape, each extended by its own details, so
// callers can show "verified / not verified: why" the same way for all of them.
#include <limits>
#include <string>

namespace smip {

struct VerificationReport {
    bool checked = false;  ///< a solution was decoded and re-evaluated
    bool passed = false;   ///< the solver's claim holds on the re-evaluated network
    /// The largest deviation between claim and re-evaluation (its meaning is the check's: fit
    /// residual, margin shortfall, ...); NaN when the check measures none.
    double maxResidual = std::numeric_limits<double>::quiet_NaN();
    int nonzeros = 0;     ///< nonzeros of what was checked (parameters, changed inputs); 0 = none
    std::string message;  ///< why it failed or was not checked; empty when passed
};

}  // namespace smip
