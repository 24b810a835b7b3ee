#pragma once
// What the long-running commands share: Ctrl-C (or SIGTERM) as a stop request that keeps the best
// result so far, progress lines on stdout and CBC's log on stderr.
#include <stop_token>
#include <string>
#include <thread>

#include "core/milp/milp_solver.h"

namespace smip::cli {

/// While alive, the first SIGINT or SIGTERM requests a stop on token() (polled every 20 ms by a
/// watcher thread, since a signal handler may only set a flag) and says so on stderr; the command
/// then writes its output with the best result so far and exits with kExitInterrupted. A second
/// signal exits at once (exit code 130, nothing written).
class InterruptStop {
  public:
    /// `command` names the command in the stderr notice ("sparsemip <command>: interrupted ...").
    explicit InterruptStop(const char* command);
    ~InterruptStop();
    InterruptStop(const InterruptStop&) = delete;
    InterruptStop& operator=(const InterruptStop&) = delete;
    std::stop_token token() const { return stop_.get_token(); }
    /// True once a signal asked this run to stop.
    bool interrupted() const { return stop_.stop_requested(); }

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
