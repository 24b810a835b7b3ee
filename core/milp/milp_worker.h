#pragma once
// The MILP worker-process protocol. The GUI runs each CBC solve in a child process
// (`sparsemip milp-worker JOB.json`) so that a CBC abort or hang never takes the GUI down and two
// solves can run at once (Debian's CBC is not reentrant in one process).
//
// Job file: {"problem": <MilpProblem JSON>, "options": <MilpOptions JSON, optional>} (milp_json.h).
// Output, one JSON object per line, flushed after each:
//   {"type":"log","line":"..."}                       a line of CBC's log
//   {"type":"progress","seconds":..,"incumbent":..,"bound":..,"gap":..,"nodes":..}
//   {"type":"result", ...MilpResult fields...}        exactly once, last
// Input: a line "cancel" requests a stop; end of input does NOT cancel (CI runs without stdin).
#include <iosfwd>
#include <string>

namespace smip {

/// Runs the job in `jobPath`, writing protocol lines to `out` and reading commands from `in` on a
/// helper thread. Returns 0 when the result is not an error, 1 for an Error result, 2 when the job
/// file could not be read or parsed (a result line with status "error" is still written).
int runMilpWorker(const std::string& jobPath, std::istream& in, std::ostream& out);

/// Async-signal-safe: asks the running (or next) worker solve of this process to stop. For the
/// SIGTERM handler of the milp-worker command.
void requestMilpWorkerStop() noexcept;

/// runMilpWorker on stdin/stdout, with file descriptor 1 pointed at stderr during the run so that a
/// stray printf inside the libraries cannot corrupt the JSON stream. Main thread of the process.
int runMilpWorkerOnStdio(const std::string& jobPath);

}  // namespace smip
