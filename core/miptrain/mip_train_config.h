#pragma once
// Plain configuration of MIP training (Patil & Mintz): formulation, method, SGD and
// Lagrangian settings. Copyable into a worker and storable with a run.
#include <cstdint>

#include "core/miptrain/mip_architecture.h"
#include "core/miptrain/mip_network.h"

namespace smip {

enum class MipLoss {
    /// the paper's linearized log-likelihood: Σ_n c_n (ω_n − o_{n,y}), ω_n ≥ o_{n,j} + μ[j≠y]
    Nll,
    Errors  ///< weighted count of samples whose true score does not beat the others by μ
};

enum class MipMethod { Full, Layerwise, Hybrid, Lagrangian };

/// What the MILP builder needs (see network_milp.h).
struct MipFormulation {
    MipActivation activation = MipActivation::Binary;
    MipLoss loss = MipLoss::Nll;
    double weightBound = 1.0;  ///< every weight and bias in [−B, B]
    double margin = 0.01;      ///< binary units: h = 1 ⇒ a ≥ ε, h = 0 ⇒ a ≤ −ε
    double classMargin = 1.0;  ///< μ: score margin of the true class (0 = the paper's literal form)
    /// Objective cost per nonzero parameter (0 = no binaries added). 0.01 by default: it keeps the
    /// MIP from spending weights a loss near its floor no longer pays for (issue #13: breast cancer
    /// 30-8-2 at 60 s, test accuracy 0.965 → 0.986 and 265 → 109 nonzeros against SGD's 0.979
    /// and 266; parity5 5-5-2, 34 → 30 nonzeros at the same 0.900).
    double sparsity = 0.01;
    int partitions = 1;            ///< ReLU × weight McCormick pieces (1 = plain McCormick)
    bool symmetryBreaking = true;  ///< hidden biases sorted descending within each layer
};

struct SgdConfig {
    int epochs = 300;
    double learningRate = 0.01;  ///< Adam step
    int batchSize = 32;          ///< 0 = full batch
    double initScale = 1.0;      ///< random init scale (see randomMipNetwork)
    std::uint64_t seed = 1;
};

enum class LagrangianStep { Polyak, Diminishing };
enum class LagrangianConsensus {
    Average,    ///< θ_b = θ̄ for every block; multipliers kept summing to zero
    FirstBlock  ///< θ_b = θ_1 for b ≥ 2
};

struct LagrangianConfig {
    int blocks = 4;
    int maxIterations = 50;
    double blockTimeLimitSeconds = 10.0;  ///< per block MIP
    double gapTolerance = 1e-3;           ///< relative (primal − dual)/|primal|
    LagrangianStep step = LagrangianStep::Polyak;
    double stepScale = 0.2;  ///< Polyak α (halved after 3 non-improving iterations) or α₀
    LagrangianConsensus consensus = LagrangianConsensus::Average;
    std::uint64_t seed = 1;  ///< block assignment
};

struct MipTrainConfig {
    MipArchitecture arch;
    MipFormulation formulation;
    MipMethod method = MipMethod::Full;
    MipMethod hybridStart = MipMethod::Layerwise;  ///< Full or Layerwise
    SgdConfig sgd;
    LagrangianConfig lagrangian;
    double timeLimitSeconds = 60.0;  ///< whole method (all stages / iterations)
    bool sgdReference = true;        ///< also train SGD from a random init as a reference row
    /// Binary units: start the full MIP and every layer-wise stage from the activation pattern of
    /// SGD from a random init (mip_start.h). The SGD run is the reference row's: no extra cost.
    bool startFromSgd = true;
};

/// Stable ids ("nll", "full", …) for JSON and CLI flags; not for display.
const char* lossId(MipLoss l);
const char* methodId(MipMethod m);
const char* activationId(MipActivation a);
bool lossFromId(const std::string& id, MipLoss& out);
bool methodFromId(const std::string& id, MipMethod& out);
bool activationFromId(const std::string& id, MipActivation& out);

/// Empty when the formulation's numbers are usable, else a message naming the field.
std::string checkFormulation(const MipFormulation& f);

}  // namespace smip
