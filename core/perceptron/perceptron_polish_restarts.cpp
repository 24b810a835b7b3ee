#include "core/perceptron/perceptron_polish_restarts.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace smip {

namespace {

constexpr double kBetter = 1e-9;  // the trainer's threshold for "strictly better"

// A restart repeats CBC's preprocessing and root cuts (about half a minute on breast cancer), so a
// solve is only ended for one while a tenth of the time limit, and at least a second, is left.
bool timeForRestart(double seconds, double limit) {
    return limit - seconds >= std::max(1.0, 0.1 * limit);
}

class PolishedRestarts {
  public:
    PolishedRestarts(const PerceptronMilp& milp, const MilpOptions& options, bool startFeasible,
                     bool restarts, const PolishRestartHooks& hooks, std::stop_token stop,
                     const MilpBackend& backend)
        : milp_(milp),
          options_(options),
          restarts_(restarts),
          hooks_(hooks),
          stop_(std::move(stop)),
          backend_(backend),
          t0_(std::chrono::steady_clock::now()) {
        if (startFeasible && options.mipStart.size() == milp.problem.columns.size()) {
            best_ = options.mipStart;
            bestIsStart_ = true;
            bestObjective_ = perceptronObjective(milp, best_);
        }
    }

    MilpResult run() {
        for (;;) {
            MilpResult r = solveSegment();
            const MilpStatus status = r.status;
            if (!restartWanted(r)) {
                // A proof leaves nothing to gain, and a stop must take effect at once.
                const bool proof =
                    status == MilpStatus::Optimal || status == MilpStatus::Infeasible;
                if (!proof && !stop_.stop_requested() && bestUnpolished_) polishBest();
                return finish(std::move(r), status);
            }
            polishBest();
            if (stop_.stop_requested()) return finish(std::move(r), MilpStatus::Cancelled);
            if (elapsed() >= options_.timeLimitSeconds)
                return finish(std::move(r), MilpStatus::FeasibleAtLimit);
        }
    }

  private:
    double elapsed() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
    }

    // A sample of one restart as the whole solve stands: common clock, nodes of the earlier
    // restarts added, the best network held (a restart's CBC may not have accepted it yet) and
    // the highest bound so far (every restart solves the same model, so each bound holds).
    MilpProgress onCommonClock(MilpProgress p, double offset) const {
        p.seconds += offset;
        p.nodes += nodes_;
        if (std::isfinite(bestObjective_) && !(p.incumbent <= bestObjective_))
            p.incumbent = bestObjective_;
        if (std::isfinite(bound_) && !(p.bound >= bound_)) p.bound = bound_;
        p.gap = relativeGapOf(p.incumbent, p.bound);
        return p;
    }

    // An incumbent strictly better than the best held ends the solve for polishing (on the
    // solving thread; the backend returns within about a second).
    void onIncumbent(const MilpIncumbent& inc, double offset, std::stop_source& segment) {
        MilpIncumbent shifted = inc;
        shifted.seconds += offset;
        const std::vector<double>* full = hooks_.complete(shifted);
        if (!restarts_ || full == nullptr ||
            !(perceptronObjective(milp_, *full) < bestObjective_ - kBetter))
            return;
        if (!timeForRestart(shifted.seconds, options_.timeLimitSeconds)) return;
        pending_ = *full;
        restartRequested_ = true;
        segment.request_stop();
    }

    MilpResult solveSegment() {
        if (segments_++ > 0) ++restartCount_;
        MilpOptions o = options_;
        if (!best_.empty()) o.mipStart = best_;
        const double offset = elapsed();
        o.timeLimitSeconds = std::max(0.0, options_.timeLimitSeconds - offset);
        std::stop_source segment;
        const std::stop_callback forward(stop_, [&segment] { segment.request_stop(); });
        restartRequested_ = false;
        pending_.clear();
        MilpHooks h = hooks_.milp;
        if (hooks_.milp.onProgress)
            h.onProgress = [this, offset](const MilpProgress& p) {
                hooks_.milp.onProgress(onCommonClock(p, offset));
            };
        h.onIncumbent = nullptr;
        if (hooks_.complete)
            h.onIncumbent = [this, offset, &segment](const MilpIncumbent& inc) {
                onIncumbent(inc, offset, segment);
            };
        MilpResult r = backend_.solve(milp_.problem, o, h, segment.get_token());
        absorb(r, offset);
        return r;
    }

    // Keeps what a finished restart adds: its samples, nodes, bound and network.
    void absorb(MilpResult& r, double offset) {
        for (MilpProgress& p : r.progress)
            p = onCommonClock(p, offset);
        progress_.insert(progress_.end(), r.progress.begin(), r.progress.end());
        nodes_ += r.nodes;
        if (std::isfinite(r.bestBound) && !(r.bestBound <= bound_)) bound_ = r.bestBound;
        if (r.hasSolution) consider(r.solution);
        // A worker killed after its grace period returns no vector: the incumbent that ended
        // the solve is still known completed.
        consider(pending_);
    }

    void consider(const std::vector<double>& x) {
        if (x.size() != milp_.problem.columns.size()) return;
        const double objective = perceptronObjective(milp_, x);
        if (!best_.empty() && !(objective < bestObjective_ - kBetter)) return;
        best_ = x;
        bestObjective_ = objective;
        bestUnpolished_ = true;
        bestIsStart_ = false;
    }

    bool restartWanted(const MilpResult& r) const {
        return restartRequested_ && r.status == MilpStatus::Cancelled && !stop_.stop_requested() &&
               !best_.empty();
    }

    // Polishes the best network held; a strictly better one becomes the next restart's start and
    // is reported at once (a progress sample and the network).
    void polishBest() {
        ++polished_;
        bestUnpolished_ = false;
        const PerceptronPolished p = polishIncumbent(milp_, best_, stop_, inProcessMilpBackend());
        if (!p.feasible) return;
        ++improved_;
        best_ = p.solution;
        bestIsStart_ = false;
        bestObjective_ = p.objective;
        MilpProgress sample;
        sample.seconds = elapsed();
        sample.incumbent = bestObjective_;
        sample.bound = std::isfinite(bound_) ? bound_ : std::numeric_limits<double>::quiet_NaN();
        sample.gap = relativeGapOf(sample.incumbent, sample.bound);
        sample.nodes = nodes_;
        progress_.push_back(sample);
        if (hooks_.milp.onProgress) hooks_.milp.onProgress(sample);
        if (hooks_.onPolished) hooks_.onPolished(sample.seconds, best_);
    }

    // The last restart's result with the whole solve's network, bound, nodes and samples.
    MilpResult finish(MilpResult r, MilpStatus status) {
        if (status != r.status)
            r.message = status == MilpStatus::Cancelled
                            ? "cancelled while polishing an incumbent"
                            : "time limit reached while polishing an incumbent";
        if (status == MilpStatus::FeasibleAtLimit && restartCount_ > 0) {
            char limit[64];
            std::snprintf(limit, sizeof limit, "%g", options_.timeLimitSeconds);
            r.message = std::string("time limit reached (") + limit + " s over all solves)";
        }
        r.status = status;
        r.progress = std::move(progress_);
        r.nodes = nodes_;
        r.seconds = elapsed();
        // A start kept over the solver's answer is the trainer's to report (keepStartIfBetter).
        if (!best_.empty() && !bestIsStart_) {
            if (!r.hasSolution || r.solution.size() != best_.size())
                r.message +=
                    "; the solver did not report its last network: the best one so far "
                    "is kept";
            r.hasSolution = true;
            r.solution = best_;
            r.objective = bestObjective_;
        }
        if (std::isfinite(bound_)) r.bestBound = bound_;
        if (r.hasSolution) r.gap = relativeGapOf(r.objective, r.bestBound);
        if (polished_ > 0)
            r.message += "; " + std::to_string(polished_) +
                         " incumbent(s) of the solver polished, " + std::to_string(improved_) +
                         " improved" +
                         (restarts_ ? " (" + std::to_string(restartCount_) + " restart(s))" : "");
        return r;
    }

    const PerceptronMilp& milp_;
    const MilpOptions& options_;
    const bool restarts_;
    const PolishRestartHooks& hooks_;
    std::stop_token stop_;
    const MilpBackend& backend_;
    std::chrono::steady_clock::time_point t0_;
    std::vector<double> best_;
    std::vector<double> pending_;  ///< the completed incumbent that ended the current solve
    double bestObjective_ = std::numeric_limits<double>::infinity();
    double bound_ = std::numeric_limits<double>::quiet_NaN();
    long long nodes_ = 0;
    std::vector<MilpProgress> progress_;
    std::atomic<bool> restartRequested_ = false;
    bool bestUnpolished_ = false;  ///< best_ came from the solver and was not polished yet
    bool bestIsStart_ = false;     ///< best_ is the caller's feasible start
    int polished_ = 0;
    int improved_ = 0;
    int restartCount_ = 0;
    int segments_ = 0;
};

}  // namespace

Eigen::MatrixXi perceptronPattern(const PerceptronMilp& milp, const std::vector<double>& x) {
    const int N = milp.index.N, n = milp.index.n;
    Eigen::MatrixXi pattern = Eigen::MatrixXi::Zero(N, n);
    for (int s = 0; s < N; ++s)
        for (int i = 0; i < n; ++i)
            pattern(s, i) = x[static_cast<std::size_t>(milp.index.st[s * n + i])] > 0.5 ? 1 : 0;
    return pattern;
}

PerceptronPolished polishIncumbent(const PerceptronMilp& milp, const std::vector<double>& x,
                                   std::stop_token stop, const MilpBackend& backend) {
    if (x.size() != milp.problem.columns.size()) return {};
    PerceptronPolished p =
        polishPerceptronPattern(milp, perceptronPattern(milp, x), std::move(stop), backend);
    if (!p.feasible || !(p.objective < perceptronObjective(milp, x) - kBetter)) return {};
    return p;
}

MilpResult solveWithPolishedRestarts(const PerceptronMilp& milp, const MilpOptions& options,
                                     bool startFeasible, bool restarts,
                                     const PolishRestartHooks& hooks, std::stop_token stop,
                                     const MilpBackend& backend) {
    return PolishedRestarts(milp, options, startFeasible, restarts, hooks, std::move(stop), backend)
        .run();
}

}  // namespace smip
