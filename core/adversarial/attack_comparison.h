#pragma once
// The ReLU-formulation notebook's comparison: the same minimal-L1-perturbation query solved exactly
// as a MILP on CBC and locally with smooth ReLU surrogates on Ipopt, every answer re-checked on the
// real ReLU network. Synchronous: call on a worker thread (see AttackHooks for where hooks run).
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/adversarial/attack_milp.h"
#include "core/adversarial/attack_query.h"
#include "core/adversarial/attack_verification.h"
#include "core/adversarial/nlp/smooth_attack.h"
#include "core/common/config_issues.h"
#include "core/milp/milp_backend.h"
#include "core/milp/milp_result.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

struct AttackFormulation {
    bool exact = true;  ///< true: MILP on CBC; false: smooth surrogate `relu` on Ipopt
    SmoothRelu relu;

    /// Stable id: "mip", "sqrt", "sqrt:<δ>", "softplus:<β>".
    std::string id() const;
    static bool parse(const std::string& text, AttackFormulation& out);
    /// The notebook's four: mip, sqrt, softplus:1, softplus:5.
    static std::vector<AttackFormulation> notebookDefaults();
};

struct AttackConfig {
    AttackQuery query;
    BoundTightening tightening = BoundTightening::Lp;
    std::vector<AttackFormulation> formulations = AttackFormulation::notebookDefaults();
    double timeLimitSeconds = 120.0;   ///< per formulation, wall clock
    double lpTimeLimitSeconds = 10.0;  ///< per bound-tightening LP
    int milpLogLevel = 1;
    int nlpPrintLevel = 5;
    Eigen::VectorXd inputLower, inputUpper;  ///< input box (empty = [0,1]^d)
    /// false: every formulation in config order on the calling thread. true: the exact ones on a
    /// thread of their own while the local ones run on the calling thread (a GUI sees both
    /// progress at once and does not wait for a MILP at its time limit before any local answer).
    bool overlapExactAndLocal = false;
};

/// One formulation's answer, re-checked on the real network.
struct AttackOutcome {
    std::string formulation;  ///< AttackFormulation::id()
    bool exact = false;
    std::string status;  ///< statusId() or nlpStatusId()
    std::string message;
    bool hasSolution = false;  ///< a point to re-check exists
    double objective = 0.0;    ///< the solver's objective (surrogate's for local formulations)
    double seconds = 0.0;
    double bestBound = 0.0;  ///< MILP only
    long long nodes = 0;     ///< MILP nodes / Ipopt iterations
    double gapToMip = 0.0;   ///< verification.l1 / MIP objective − 1 (NaN without a MIP solution)
    AttackVerification verification;  ///< the re-check of the point on the real network
    Eigen::VectorXd x;                ///< the perturbed input (scaled)
};

struct AttackComparison {
    int trueClass = -1;
    AttackQuery query;
    Eigen::VectorXd x0;
    AttackBounds bounds;  ///< used by the MILP (stats before/after tightening)
    int milpColumns = 0, milpRows = 0, milpBinaries = 0;
    std::vector<AttackOutcome> outcomes;  ///< in config order
    bool cancelled = false;
    std::string message;  ///< set when the comparison could not run (bad input)
};

/// What the comparison is doing: each formulation runs in phases (the exact one: bounds, then the
/// MILP; a local one: one Ipopt solve per step). For a GUI's status line and charts; onStage says
/// the same in English. With overlapExactAndLocal, the exact and a local formulation's phases
/// interleave.
struct AttackPhase {
    enum class Kind { Bounds, MipSolve, LocalSolve };
    Kind kind = Kind::Bounds;
    int formulation = 0;  ///< index into AttackConfig::formulations
    /// Bounds: LP batch `step` of `steps` (0 when the phase starts; steps 0 without LPs).
    /// LocalSolve: Ipopt solve `step` of `steps` (one per rival class for AnyOther), 1-based.
    int step = 0, steps = 0;
    // MipSolve only: the model the bounds gave.
    int binaries = 0;
    BoundStats boundStats;
    double boundSeconds = 0.0;
};

/// Called on the calling thread, or on a thread of the comparison or of the backend's solve;
/// never two at once.
struct AttackHooks {
    /// Short English stage lines ("bounds: interval", "mip: solving", ...).
    std::function<void(const std::string&)> onStage;
    /// Each phase as it starts (and each new step within it).
    std::function<void(const AttackPhase&)> onPhase;
    std::function<void(const std::string& formulation, const MilpProgress&)> onMilpProgress;
    /// The MIP formulation's model once built, before it is solved (e.g. to write it to a file).
    std::function<void(const MilpProblem&)> onMilpBuilt;
    /// The MILP's result as the backend returned it, before decoding (charts end on its numbers).
    std::function<void(const MilpResult&)> onMilpResult;
    std::function<void(const std::string& formulation, const NlpProgress&)> onNlpProgress;
    /// Solver log lines (CBC or Ipopt).
    std::function<void(const std::string& formulation, const std::string& line)> onLog;
    /// Each finished formulation (index into AttackConfig::formulations) as soon as it is done,
    /// gapToMip filled against a MIP finished before it.
    std::function<void(int formulation, const AttackOutcome&)> onOutcome;
};

/// Whether an attack can start (all Invalid; fields: "model", "sample", "box", "misclassified",
/// "target", "margin", "formulations", "time-limit"). The CLI and the Adversarial page ask it;
/// runAttackComparison refuses with its summary.
ConfigIssues validateAttack(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                            const AttackConfig& config);

/// Runs every configured formulation on x0 (scaled, correctly classified as trueClass); every
/// MILP and LP (bound tightening) runs on `backend`. A stop request ends the running
/// formulations (the MILP keeps its incumbent, Ipopt its best point) and skips the rest; the
/// outcomes finished so far are returned, in config order, with cancelled set.
AttackComparison runAttackComparison(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                     int trueClass, const AttackConfig& config,
                                     const AttackHooks& hooks = {}, std::stop_token stop = {},
                                     const MilpBackend& backend = inProcessMilpBackend());

/// Turns a MILP result (solved here or in a worker process) into a checked outcome.
AttackOutcome mipOutcome(const MlpClassifier& net, const AttackMilp& milp, const MilpResult& r,
                         const Eigen::VectorXd& x0, int trueClass, const AttackQuery& query,
                         const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi);

/// The surrogate problems for a query: one for Target/AllOthers, one per rival class for AnyOther
/// (the local answer is the best of them, as a disjunction has no smooth form).
std::vector<SmoothAttackSpec> smoothAttackSpecs(const Eigen::VectorXd& x0, int trueClass,
                                                int classes, const AttackQuery& query,
                                                const Eigen::VectorXd& inLo,
                                                const Eigen::VectorXd& inHi);

/// Fills gapToMip of every outcome from the first exact outcome with a solution.
void fillGapsToMip(std::vector<AttackOutcome>& outcomes);

}  // namespace smip
