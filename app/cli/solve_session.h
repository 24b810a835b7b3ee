#pragma once
// What the solving commands (`solve`, `sparsest`) share: Ctrl-C as a stop request that keeps the
// best solution, progress lines on stdout and CBC's log on stderr.
#include <stop_token>
#include <string>
#include <thread>

#include "core/milp/milp_solver.h"

namespace smip::cli {

/// While alive, SIGINT requests a stop on token() (polled every 20 ms by a watcher thread, since a
/// signal handler may only set a flag).
class InterruptStop {
  public:
    InterruptStop();
    ~InterruptStop();
    InterruptStop(const InterruptStop&) = delete;
    InterruptStop& operator=(const InterruptStop&) = delete;
    std::stop_token token() const { return stop_.get_token(); }

  private:
    std::stop_source stop_;
    std::jthread watcher_;
};

/// CBC's log to stderr; unless `quiet`, one "t=… incumbent=… bound=… gap=… nodes=…" line per
/// progress sample on stdout.
MilpHooks printingHooks(bool quiet);

/// "%.10g", or "-" for NaN and infinities.
std::string formatNumber(double v);

}  // namespace smip::cli
