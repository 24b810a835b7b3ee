#pragma once
// Internal to core/milp: live progress and cooperative cancel for one CBC solve. CBC clones event
// handlers into every model copy (driver copy, sub-MIPs, threads), so all clones share one
// CbcSolveState through a shared_ptr.
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stop_token>
#include <vector>

#include <coin/CbcEventHandler.hpp>
#include <coin/ClpEventHandler.hpp>

#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"

namespace smip {

struct CbcSolveState {
    std::stop_token stop;
    MilpHooks hooks;
    double sign = 1.0;  ///< problem objective = sign * CBC objective + offset
    double offset = 0.0;
    double intervalSeconds = 0.05;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
    /// Set once CBC's own handler has returned `stop`: from then on the Clp handler must let LPs
    /// finish, or CBC's final re-solve is cut short and the incumbent lost.
    std::atomic<bool> cbcSawStop{false};
    std::atomic<bool> lpStopped{false};  ///< the Clp handler cut an LP short on a stop request
    /// The Clp handler cut an LP short because the time limit had passed: CBC checks its time
    /// limit only between nodes, so a root LP of a big model would otherwise run for minutes
    /// past it (measured: 10 minutes on a 4 s limit at 67 000 rows).
    std::atomic<bool> lpTimedOut{false};
    double timeLimitSeconds = 1e100;  ///< wall clock from `start`
    std::atomic<int> printFrequency{20};
    std::atomic<bool> searchFinished{false};  ///< branch and bound returned (not cut short)
    int problemColumns = 0;  ///< columns of the MilpProblem (the original, unpreprocessed space)

    std::mutex mutex;         // guards everything below (events may come from several B&B threads)
    double bestCbcIncumbent;  ///< minimization form; +inf when none
    double bestCbcBound;      ///< minimization form; -inf when unknown
    double lastSampleSeconds = -1.0;
    double lastReportedCbcIncumbent;  ///< minimization form; +inf before the first onIncumbent
    bool haveSample = false;
    std::vector<MilpProgress> samples;

    CbcSolveState();
    double elapsedSeconds() const;
    /// Records CBC values (minimization form, |v| ≥ 1e30 means none) and emits a sample on a new
    /// incumbent, or when `intervalSeconds` passed since the last one, or when `force`.
    void observe(double cbcIncumbent, double cbcBound, long long nodes, bool force);
    /// True once CBC has reported a feasible solution. Any thread.
    bool hasIncumbent() {
        std::lock_guard lock(mutex);
        return bestCbcIncumbent < kInf;
    }
    /// Builds a sample in the problem's sense from the monotone best values; caller holds mutex.
    MilpProgress sampleLocked(long long nodes) const;
};

/// Reports progress from the main model's events and returns `stop` once a stop is requested.
class CbcProgressHandler : public CbcEventHandler {
  public:
    explicit CbcProgressHandler(std::shared_ptr<CbcSolveState> state) : state_(std::move(state)) {}
    CbcAction event(CbcEvent whichEvent) override;
    /// Hands an improved incumbent to hooks.onIncumbent, mapped to the problem's columns.
    CbcEventHandler* clone() const override { return new CbcProgressHandler(*this); }
    const std::shared_ptr<CbcSolveState>& state() const { return state_; }

  private:
    void reportIncumbent();
    std::shared_ptr<CbcSolveState> state_;
};

/// Stops long simplex runs on a stop request until CBC itself has seen the stop, and any simplex
/// run still going a grace period after the time limit.
class ClpStopHandler : public ClpEventHandler {
  public:
    explicit ClpStopHandler(std::shared_ptr<CbcSolveState> state) : state_(std::move(state)) {}
    int event(Event whichEvent) override;
    ClpEventHandler* clone() const override { return new ClpStopHandler(*this); }

  private:
    std::shared_ptr<CbcSolveState> state_;
};

}  // namespace smip
