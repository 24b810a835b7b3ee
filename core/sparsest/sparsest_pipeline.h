#pragma once
// The sparse-ReLU package's whole experiment as one function, run alike by `sparsemip sparsest
// --bounds-from` and the Sparsest page's "Run the whole pipeline": train the regularizers from one
// initialization (on both cores), pick the sparsest model that fits, take the MILP's weight
// bounds and MIP start from it, then solve the sparsest-network MILP on the caller's backend.
#include <cstdint>
#include <functional>
#include <optional>
#include <stop_token>
#include <vector>

#include "core/common/config_issues.h"
#include "core/data/dataset.h"
#include "core/milp/milp_backend.h"
#include "core/sparsest/fit_repair.h"
#include "core/sparsest/interpolant.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/train/train_sequence.h"
#include "core/train/trainer.h"

namespace smip {

struct SparsestPipelineConfig {
    std::vector<RegularizerSpec> regularizers = defaultRegularizers();  ///< trained from one init
    TrainConfig train;           ///< countBiases is taken from `sparsest`
    std::uint64_t initSeed = 0;  ///< seed of the shared initialization (width = sparsest's K)
    int trainThreads = 0;        ///< ≤ 0: one per core
    double margin = 1.0;  ///< added to the chosen model's max|W| and max|b| (boundsFromModel)
    double fitTolerance = 1e-3;  ///< "fits": MSE ≤ fitTolerance·max(1, var y) (pickSparsestFit)
    bool warmStart = true;       ///< the chosen model is also the MIP start
    SparsestConfig sparsest;     ///< its wBound/bBound are replaced by the chosen model's
    MilpOptions milp;            ///< time limit of the MILP stage (training not counted)
};

/// Where the MILP's weight bounds and start came from.
enum class SparsestBoundsSource {
    Given,         ///< the config's bounds, no start (stopped, or no network is known to fit)
    TrainedModel,  ///< the sparsest trained model that fits once repaired: its bounds + margin,
                   ///< its repaired network the start
    Interpolant,   ///< no trained model fits: the interpolating network (interpolant.h) is the
                   ///< start and the config's bounds are raised to hold it when they do not
};

/// "given", "trained", "interpolant".
const char* boundsSourceId(SparsestBoundsSource source);

struct SparsestPipelineResult;

struct SparsestPipelineHooks {
    /// Training samples, on the training threads, possibly concurrently.
    SequenceSampleFn onTrainSample;
    /// Once, after training: the result so far (trained, chosen, chosenFits, boundsSource,
    /// interpolant, boundsRaised; chosen is −1 when training was stopped) and the config the MILP
    /// stage will run. On the calling thread.
    std::function<void(const SparsestPipelineResult&, const SparsestConfig&)> onTrained;
    /// The MILP stage's progress and log (solveSparsest).
    MilpHooks milp;
    /// The rank bound's reports before CBC starts (solveSparsest's onRankProgress).
    RankProgressFn onRankProgress;
};

struct SparsestPipelineResult {
    std::vector<TrainResult> trained;  ///< one per regularizer, in config order
    int chosen = -1;                   ///< index into `trained`; −1 when stopped during training
    SparsestBounds bounds;             ///< the bounds the MILP stage runs (see boundsSource)
    /// trained[chosen] fits once repaired (`repair`: the sparsest trained model that does): the
    /// MILP took `bounds` and its start from the repaired network. Otherwise (chosen is then the
    /// closest model by pickSparsestFit's rule) a model that does not fit says nothing about the
    /// weights a fitting network needs, and its bounds could exclude the sparsest one (the 1-D
    /// bump of issue 17: 10 nonzeros unproven instead of 6): the interpolating network takes its
    /// place.
    bool chosenFits = false;
    /// The chosen model made to fit exactly (fit_repair.h): its nonzeros, residual before and
    /// after, and whether the weights had to be re-solved. Set when chosenFits.
    std::optional<FitRepair> repair;
    SparsestBoundsSource boundsSource = SparsestBoundsSource::Given;
    /// Built when no trained model fits (boundsSource Interpolant when it fits within ε).
    std::optional<Interpolant> interpolant;
    int interpolantNonzeros = 0;  ///< its counted nonzeros (the MILP can only improve on it)
    bool boundsRaised = false;    ///< the config's w_B or b_B was below what it needs
    SparsestBounds givenBounds;   ///< the config's bounds before any raise
    bool solved = false;          ///< the MILP stage ran (not stopped during training)
    SparsestResult sparsest;      ///< the MILP stage's result when solved
};

/// The training config the pipeline runs: config.train, its nonzeros counted like the MILP's
/// objective (with or without biases, config.sparsest.countBiases).
TrainConfig pipelineTrainConfig(const SparsestPipelineConfig& config);

/// Whether the pipeline can start: the training of every regularizer at the MILP's width
/// (validateTraining) and the MILP (validateSparsest; its bounds are the chosen model's later).
ConfigIssues validateSparsestPipeline(const Dataset& data, const SparsestPipelineConfig& config);

/// Whether `trained` fits `data` by pickSparsestFit's rule (MSE ≤ fitTolerance·max(1, var y)).
bool pipelineModelFits(const TrainResult& trained, const Dataset& data, double fitTolerance);

/// Runs the pipeline on `data` (regression targets). A stop during training ends it after the
/// running epochs (solved = false); a stop during the MILP keeps the incumbent (solveSparsest).
/// Throws std::invalid_argument for data training cannot take (like trainShallow); MILP-stage
/// problems come back as the SparsestResult's Error/Infeasible status. Any thread.
SparsestPipelineResult runSparsestPipeline(const Dataset& data,
                                           const SparsestPipelineConfig& config,
                                           const SparsestPipelineHooks& hooks = {},
                                           std::stop_token stop = {},
                                           const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
