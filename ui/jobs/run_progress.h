#pragma once
// MILP progress of a sequence of solves (the runs of a study, a solve and its retry without
// preprocessing) for a chart that starts over with each run: every run's clock starts at zero, so
// samples of two runs must never share a chart. The worker tags each sample with its run; the
// GUI's drain() keeps the newest run's samples and says when a new run began.
#include <algorithm>
#include <atomic>
#include <vector>

#include "core/common/sample_buffer.h"
#include "core/milp/milp_result.h"

namespace smip::ui {

class RunProgress {
  public:
    struct Batch {
        std::vector<MilpProgress> samples;  ///< of the newest run, oldest first
        bool newRun = false;                ///< a run began since the last drain()
    };

    /// The samples that follow belong to a new run. Worker thread (the one that push()es).
    void startRun() { run_.fetch_add(1, std::memory_order_release); }
    /// Worker thread.
    void push(const MilpProgress& p) { samples_.push({run_.load(std::memory_order_acquire), p}); }

    /// The newest run's samples since the last call. GUI thread.
    Batch drain() {
        // The counter first: a run started after this read shows up through its samples' tags.
        int newest = run_.load(std::memory_order_acquire);
        const std::vector<Tagged> all = samples_.drain();
        for (const Tagged& t : all)
            newest = std::max(newest, t.run);
        Batch out;
        out.newRun = newest != seen_;
        seen_ = newest;
        for (const Tagged& t : all)
            if (t.run == newest) out.samples.push_back(t.progress);
        return out;
    }

  private:
    struct Tagged {
        int run;
        MilpProgress progress;
    };
    std::atomic<int> run_{0};
    SampleBuffer<Tagged> samples_;
    int seen_ = 0;  // GUI side: the run of the last drain()
};

}  // namespace smip::ui
