#include "app/cli/worker_process.h"

#include <unistd.h>

#include <sys/wait.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"

namespace smip::cli {

namespace {

std::string selfExecutable() {
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string("sparsemip");
}

std::string shellQuote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

MilpResult failure(const std::string& message) {
    MilpResult r;
    r.status = MilpStatus::Error;
    r.message = message;
    return r;
}

}  // namespace

namespace {

MilpResult runOnce(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks) {
    // In $TMPDIR (temp_directory_path honours it), so concurrent runs and tests stay apart.
    std::error_code ec;
    std::string pattern =
        (std::filesystem::temp_directory_path(ec) / "sparsemip-job-XXXXXX").string();
    if (ec) pattern = "/tmp/sparsemip-job-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) return failure("cannot create a temporary job file");
    ::close(fd);
    const std::string path = pattern;
    nlohmann::json job;
    job["problem"] = toJson(problem);
    job["options"] = toJson(options);
    if (auto e = writeFileAtomically(path, job.dump()); !e.empty()) {
        std::remove(path.c_str());
        return failure(e);
    }
    const std::string command =
        shellQuote(selfExecutable()) + " milp-worker " + shellQuote(path) + " </dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        std::remove(path.c_str());
        return failure("cannot start the solver process");
    }
    MilpResult result;
    bool gotResult = false;
    std::string line;
    char chunk[4096];
    while (std::fgets(chunk, sizeof chunk, pipe)) {
        line += chunk;
        if (line.empty() || line.back() != '\n') continue;  // a long line: keep reading
        const auto j = nlohmann::json::parse(line, nullptr, false);
        line.clear();
        if (j.is_discarded() || !j.is_object()) continue;
        const std::string type = j.value("type", "");
        if (type == "progress" && hooks.onProgress) {
            MilpProgress p;
            if (fromJson(j, p).empty()) hooks.onProgress(p);
        } else if (type == "log" && hooks.onLog) {
            hooks.onLog(j.value("line", ""));
        } else if (type == "result") {
            gotResult = fromJson(j, result).empty();
        }
    }
    const int status = ::pclose(pipe);
    std::remove(path.c_str());
    if (gotResult) return result;
    std::string why = "the solver process ended without a result";
    // popen runs the worker under /bin/sh, which reports a child killed by signal s as 128 + s.
    int signal = 0;
    if (status != -1 && WIFSIGNALED(status)) signal = WTERMSIG(status);
    if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) > 128)
        signal = WEXITSTATUS(status) - 128;
    if (signal != 0) why += " (signal " + std::to_string(signal) + ": the solver crashed)";
    return failure(why);
}

}  // namespace

MilpResult solveInWorkerProcess(const MilpProblem& problem, const MilpOptions& options,
                                const MilpHooks& hooks) {
    return retryWithoutPreprocessing(
        options, [&](const MilpOptions& o) { return runOnce(problem, o, hooks); });
}

}  // namespace smip::cli
