#include "core/milp/cbc_progress_handler.h"

#include <cmath>
#include <limits>

#include <coin/CbcModel.hpp>

namespace smip {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kCoinHuge = 1e30;

}  // namespace

CbcSolveState::CbcSolveState()
    : bestCbcIncumbent(kInf), bestCbcBound(-kInf), lastReportedCbcIncumbent(kInf) {}

double CbcSolveState::elapsedSeconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

MilpProgress CbcSolveState::sampleLocked(long long nodes) const {
    MilpProgress s;
    s.seconds = elapsedSeconds();
    s.nodes = nodes;
    const bool hasInc = bestCbcIncumbent < kInf;
    // The bound can never be better than the incumbent (CBC may report it a hair beyond).
    const double bound = hasInc ? std::min(bestCbcBound, bestCbcIncumbent) : bestCbcBound;
    s.incumbent = hasInc ? sign * bestCbcIncumbent + offset : kNaN;
    s.bound = bound > -kInf ? sign * bound + offset : kNaN;
    s.gap = relativeGapOf(s.incumbent, s.bound);
    return s;
}

void CbcSolveState::observe(double cbcIncumbent, double cbcBound, long long nodes, bool force) {
    MilpProgress sample;
    {
        std::lock_guard lock(mutex);
        bool improved = false;
        // Monotone by construction: in minimization form the incumbent only falls, the bound only
        // rises, whatever order (possibly lagging) events arrive in.
        if (std::isfinite(cbcIncumbent) && std::abs(cbcIncumbent) < kCoinHuge &&
            cbcIncumbent < bestCbcIncumbent - 1e-9 * std::max(1.0, std::abs(cbcIncumbent))) {
            bestCbcIncumbent = cbcIncumbent;
            improved = true;
        }
        if (std::isfinite(cbcBound) && std::abs(cbcBound) < kCoinHuge && cbcBound > bestCbcBound)
            bestCbcBound = cbcBound;
        const double now = elapsedSeconds();
        if (!improved && !force && haveSample && now - lastSampleSeconds < intervalSeconds) return;
        if (!improved && !force && bestCbcIncumbent == kInf && bestCbcBound == -kInf) return;
        sample = sampleLocked(nodes);
        lastSampleSeconds = now;
        haveSample = true;
        samples.push_back(sample);
    }
    if (hooks.onProgress) hooks.onProgress(sample);
}

CbcEventHandler::CbcAction CbcProgressHandler::event(CbcEvent whichEvent) {
    if (!model_) return noAction;
    const bool subMip = model_->parentModel() != nullptr;
    if (state_->stop.stop_requested()) {
        // Stopping a heuristic's sub-MIP only shortens the heuristic; the main model must see it.
        if (!subMip) state_->cbcSawStop.store(true);
        return stop;
    }
    if (subMip) return noAction;
    switch (whichEvent) {
        case node:
        case treeStatus:
        case solution:
        case heuristicSolution:
        case endSearch: {
            const double inc = model_->bestSolution() ? model_->getMinimizationObjValue() : kInf;
            double bound = model_->getBestPossibleObjValue();
            // getBestPossibleObjValue() is min(tree bound, incumbent) and the tree bound starts at
            // +inf: a value equal to the incumbent mid-search means "unknown", not "proven".
            if (inc < kInf && bound >= inc - 1e-9 * std::max(1.0, std::abs(inc))) bound = -kInf;
            state_->observe(inc, bound, model_->getNodeCount(), false);
            if (inc < kInf) reportIncumbent();
            break;
        }
        default:
            break;
    }
    return noAction;
}

void CbcProgressHandler::reportIncumbent() {
    CbcSolveState& s = *state_;
    const double* x = model_->bestSolution();
    if (!s.hooks.onIncumbent || x == nullptr) return;
    const double cbcValue = model_->getMinimizationObjValue();
    MilpIncumbent incumbent;
    {
        std::lock_guard lock(s.mutex);
        const double last = s.lastReportedCbcIncumbent;
        if (last < kInf && !(cbcValue < last - 1e-9 * std::max(1.0, std::abs(last)))) return;
        s.lastReportedCbcIncumbent = cbcValue;
        incumbent.seconds = s.elapsedSeconds();
        incumbent.objective = s.sign * cbcValue + s.offset;
    }
    // During the search CBC works on the preprocessed model: originalColumns() maps its columns
    // to ours (null when preprocessing kept them all, in order).
    const int n = model_->getNumCols();
    const int* original = model_->originalColumns();
    if (original == nullptr && n != s.problemColumns) return;  // no map we can trust
    incumbent.values.assign(static_cast<std::size_t>(s.problemColumns), kNaN);
    for (int j = 0; j < n; ++j) {
        const int o = original ? original[j] : j;
        if (o >= 0 && o < s.problemColumns) incumbent.values[static_cast<std::size_t>(o)] = x[j];
    }
    s.hooks.onIncumbent(incumbent);
}

// Cutting an LP short makes CBC treat the node as unsolved; at the root that ends the driver
// without postprocessing, and an incumbent found by the root heuristics (stored in the
// preprocessed model's columns) is lost. Once there is an incumbent, LPs run to their end and CBC
// stops at its next event (CbcProgressHandler), which keeps and maps back the incumbent.
int ClpStopHandler::event(Event whichEvent) {
    if (whichEvent != endOfIteration || state_->cbcSawStop.load())
        return ClpEventHandler::event(whichEvent);
    if (state_->stop.stop_requested() && !state_->hasIncumbent()) {
        state_->lpStopped.store(true);  // an LP cut short: nothing after it is proven
        return 5;  // any value ≥ 0 ends the simplex run ("stopped by event handler")
    }
    // CBC's own time limit acts between nodes; this one only catches an LP that outlives it,
    // e.g. the final re-solve on the original model after preprocessing, which on a large model
    // takes as long as the root LP (15 s for MIP training on breast cancer, 30-8-2: a 60 s limit
    // ran 70 s). The grace keeps it out of the way of CBC's normal stop. Cutting that re-solve
    // keeps CBC's incumbent (measured on the same run: the same network and status), and the
    // caller keeps its own MIP start either way.
    const double grace = 1.0;
    if (state_->elapsedSeconds() > state_->timeLimitSeconds + grace) {
        state_->lpStopped.store(true);
        state_->lpTimedOut.store(true);
        return 5;
    }
    return ClpEventHandler::event(whichEvent);
}

}  // namespace smip
