#include "core/milp/worker_client.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>

#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"

namespace smip {

namespace {

using Clock = std::chrono::steady_clock;
// The stop token is checked at least this often while children run.
constexpr int kPollMillis = 50;

MilpResult errorResult(std::string message) {
    MilpResult r;
    r.status = MilpStatus::Error;
    r.message = std::move(message);
    return r;
}

// A private directory for one job's files, removed with its contents on destruction.
class TempDir {
  public:
    TempDir() {
        std::error_code ec;  // temp_directory_path honours $TMPDIR, so tests stay apart
        std::string pattern =
            (std::filesystem::temp_directory_path(ec) / "sparsemip-job-XXXXXX").string();
        if (ec) pattern = "/tmp/sparsemip-job-XXXXXX";
        if (::mkdtemp(pattern.data())) path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        if (!path_.empty()) std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    bool ok() const { return !path_.empty(); }
    std::string file(const char* name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

void closeFd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// Writes to the child's stdin. A child that has already exited must not kill this process with
// SIGPIPE, and the GUI does not ignore SIGPIPE process-wide: block it on this thread for the
// write and consume the one the write raised.
void writeIgnoringSigpipe(int fd, std::string_view text) {
    sigset_t pipeSet, old, pending;
    sigemptyset(&pipeSet);
    sigaddset(&pipeSet, SIGPIPE);
    ::pthread_sigmask(SIG_BLOCK, &pipeSet, &old);
    sigpending(&pending);
    const bool wasPending = sigismember(&pending, SIGPIPE) == 1;
    ssize_t w;
    do {
        w = ::write(fd, text.data(), text.size());
    } while (w < 0 && errno == EINTR);
    if (w < 0 && errno == EPIPE && !wasPending) {
        const timespec zero{};
        sigtimedwait(&pipeSet, nullptr, &zero);
    }
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

std::string describeExit(int waitStatus) {
    if (WIFEXITED(waitStatus)) return "exit code " + std::to_string(WEXITSTATUS(waitStatus));
    if (WIFSIGNALED(waitStatus)) {
        const int s = WTERMSIG(waitStatus);
        const char* what = sigdescr_np(s);
        return "killed by signal " + std::to_string(s) + (what ? std::string(", ") + what : "");
    }
    return "wait status " + std::to_string(waitStatus);
}

// The last lines the child wrote to stderr (CBC's own complaints before a crash).
std::string stderrTail(const std::string& path) {
    std::string text, error;
    if (!readWholeFile(path, text, error)) return {};
    constexpr std::size_t kTail = 2000;
    if (text.size() > kTail) text.erase(0, text.size() - kTail);
    return text;
}

// One `milp-worker` child: its pipes, the protocol lines read so far, and how it ended.
class WorkerChild {
  public:
    explicit WorkerChild(std::size_t index) : index_(index) {}
    ~WorkerChild() { abandon(); }
    WorkerChild(const WorkerChild&) = delete;
    WorkerChild& operator=(const WorkerChild&) = delete;

    std::size_t index() const { return index_; }
    int outFd() const { return out_; }

    /// Writes the job file and starts the child; false (and an Error result) if that failed.
    bool start(const std::string& executable, const MilpProblem& problem,
               const MilpOptions& options, bool reportIncumbents);
    /// Reads what the child wrote; at end of output closes the pipe.
    void readAvailable(const MilpHooks& hooks);
    /// After a stop request: "cancel" once, SIGKILL once the grace period is over.
    void enforceStop(Clock::time_point now);
    /// True once the solve's time limit plus kOvershootSeconds has passed since the child was
    /// started (CBC looks at its limit only between LP solves and can overshoot inside a long
    /// one; its own clock also starts only after it has read the job and built the model).
    bool pastDeadline(Clock::time_point now) const;
    /// enforceStop for the time limit: the result then says so (FeasibleAtLimit or
    /// NoSolutionAtLimit), not Cancelled.
    void enforceDeadline(Clock::time_point now) {
        if (!cancelledAt_) deadlineHit_ = true;
        enforceStop(now);
    }
    /// True once the output has ended and the child is reaped.
    bool tryReap();
    /// The outcome, once reaped (or after a failed start).
    MilpResult finish(const MilpHooks& hooks);

  private:
    void handleLine(std::string_view line, const MilpHooks& hooks);
    void abandon();

    std::size_t index_;
    TempDir dir_;
    pid_t pid_ = -1;
    int out_ = -1;  // read end of the child's stdout
    int in_ = -1;   // write end of the child's stdin
    bool reaped_ = false;
    int waitStatus_ = 0;
    std::string pending_;
    std::optional<MilpResult> result_;
    std::optional<MilpProgress> last_;
    std::optional<Clock::time_point> cancelledAt_;
    bool killed_ = false;
    Clock::time_point startedAt_;
    double limitSeconds_ = 0.0;
    bool deadlineHit_ = false;
};

bool WorkerChild::start(const std::string& executable, const MilpProblem& problem,
                        const MilpOptions& options, bool reportIncumbents) {
    if (!dir_.ok()) {
        result_ = errorResult("cannot create a temporary directory for the solver job");
        return false;
    }
    nlohmann::json job;
    job["problem"] = toJson(problem);
    job["options"] = toJson(options);
    // Incumbent vectors cross the pipe only when someone draws them (MilpHooks::onIncumbent).
    job["reportIncumbents"] = reportIncumbents;
    const std::string jobPath = dir_.file("job.json");
    startedAt_ = Clock::now();
    limitSeconds_ = options.hardTimeLimit ? options.timeLimitSeconds : kInf;
    if (std::string e = writeFileAtomically(jobPath, job.dump()); !e.empty()) {
        result_ = errorResult(std::move(e));
        return false;
    }
    // O_CLOEXEC everywhere: children started by other threads must not inherit these ends.
    int outPipe[2], inPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0) {
        result_ = errorResult(std::string("cannot create a pipe: ") + std::strerror(errno));
        return false;
    }
    if (::pipe2(inPipe, O_CLOEXEC) != 0) {
        result_ = errorResult(std::string("cannot create a pipe: ") + std::strerror(errno));
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        return false;
    }
    const int errFd =
        ::open(dir_.file("stderr.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    if (errFd >= 0) posix_spawn_file_actions_adddup2(&actions, errFd, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    // Its own process group: a Ctrl-C at the terminal reaches only the parent, which then stops
    // the child through the protocol (keeping its incumbent) instead of losing it to SIGINT.
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(
        &attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    std::string arg0 = executable, arg1 = "milp-worker", arg2 = jobPath;
    char* argv[] = {arg0.data(), arg1.data(), arg2.data(), nullptr};
    const int rc = ::posix_spawn(&pid_, executable.c_str(), &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(outPipe[1]);
    ::close(inPipe[0]);
    if (errFd >= 0) ::close(errFd);
    out_ = outPipe[0];
    in_ = inPipe[1];
    if (rc != 0) {
        pid_ = -1;
        closeFd(out_);
        closeFd(in_);
        result_ = errorResult("cannot start the solver process '" + executable +
                              "': " + std::strerror(rc));
        return false;
    }
    return true;
}

void WorkerChild::readAvailable(const MilpHooks& hooks) {
    if (out_ < 0) return;
    char buf[65536];
    const ssize_t n = ::read(out_, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (n <= 0) {  // end of output (or a broken pipe): whatever is pending is the last line
        closeFd(out_);
        if (!pending_.empty()) handleLine(pending_, hooks);
        pending_.clear();
        return;
    }
    pending_.append(buf, static_cast<std::size_t>(n));
    std::size_t begin = 0, nl;
    while ((nl = pending_.find('\n', begin)) != std::string::npos) {
        handleLine(std::string_view(pending_).substr(begin, nl - begin), hooks);
        begin = nl + 1;
    }
    pending_.erase(0, begin);
}

void WorkerChild::handleLine(std::string_view line, const MilpHooks& hooks) {
    const auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (hooks.onLog && !line.empty()) hooks.onLog(std::string(line));  // not protocol
        return;
    }
    const std::string type = j.value("type", "");
    if (type == "progress") {
        MilpProgress p;
        if (!fromJson(j, p).empty()) return;
        last_ = p;
        if (hooks.onProgress) hooks.onProgress(p);
    } else if (type == "log") {
        if (hooks.onLog) hooks.onLog(j.value("line", ""));
    } else if (type == "incumbent") {
        MilpIncumbent incumbent;
        if (hooks.onIncumbent && fromJson(j, incumbent).empty()) hooks.onIncumbent(incumbent);
    } else if (type == "result") {
        MilpResult r;
        if (std::string e = fromJson(j, r); e.empty()) {
            result_ = std::move(r);
            closeFd(in_);  // no command is needed any more; end of input lets the worker exit
        } else if (hooks.onLog) {
            hooks.onLog("unreadable result from the solver process: " + e);
        }
    }
}

void WorkerChild::enforceStop(Clock::time_point now) {
    if (pid_ < 0 || reaped_) return;
    if (!cancelledAt_) {
        cancelledAt_ = now;
        if (in_ >= 0) writeIgnoringSigpipe(in_, "cancel\n");
        return;
    }
    const double waited = std::chrono::duration<double>(now - *cancelledAt_).count();
    if (!killed_ && waited >= WorkerProcessMilpBackend::kKillGraceSeconds) {
        ::kill(pid_, SIGKILL);
        killed_ = true;
    }
}

bool WorkerChild::pastDeadline(Clock::time_point now) const {
    if (pid_ < 0 || reaped_ || !std::isfinite(limitSeconds_)) return false;
    return std::chrono::duration<double>(now - startedAt_).count() >
           limitSeconds_ + WorkerProcessMilpBackend::kOvershootSeconds;
}

bool WorkerChild::tryReap() {
    if (reaped_) return true;
    if (pid_ < 0 || out_ >= 0) return false;  // reap after the last line has been read
    pid_t r;
    do {
        r = ::waitpid(pid_, &waitStatus_, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == 0) return false;
    reaped_ = true;
    closeFd(in_);
    return true;
}

// A cancelled result without a solution still states the best incumbent the child reported
// (CBC stopped at the root can drop its incumbent; the objective was seen, the vector was not).
void keepReportedIncumbent(MilpResult& r, const std::optional<MilpProgress>& last) {
    if (r.status != MilpStatus::Cancelled || r.hasSolution || !last) return;
    if (!std::isfinite(last->incumbent)) return;
    r.objective = last->incumbent;
    r.bestBound = last->bound;
    r.gap = last->gap;
    r.nodes = std::max(r.nodes, last->nodes);
    r.seconds = std::max(r.seconds, last->seconds);
    r.message += r.message.empty() ? "" : "; ";
    r.message += "the last reported incumbent is kept (its solution was not reported)";
}

// A solve this side stopped at its time limit ends like one CBC stopped itself: at the limit,
// with or without a solution, not Cancelled.
void atTheLimit(MilpResult& r) {
    if (r.status != MilpStatus::Cancelled) return;
    r.status = r.hasSolution ? MilpStatus::FeasibleAtLimit : MilpStatus::NoSolutionAtLimit;
    r.message = "time limit reached (the solver process was stopped at it" +
                (r.message.empty() ? std::string(")") : "; " + r.message + ")");
}

MilpResult WorkerChild::finish(const MilpHooks& hooks) {
    if (result_) {
        keepReportedIncumbent(*result_, last_);
        if (deadlineHit_) atTheLimit(*result_);
        return std::move(*result_);
    }
    if (cancelledAt_) {  // stopped before it said anything final: keep what it reported
        MilpResult r;
        r.status = MilpStatus::Cancelled;
        r.message = "stopped; the solver process was ended before it reported a result";
        r.objective = r.bestBound = r.gap = std::nan("");
        keepReportedIncumbent(r, last_);
        if (deadlineHit_) atTheLimit(r);
        return r;
    }
    const std::string tail = stderrTail(dir_.file("stderr.log"));
    if (hooks.onLog && !tail.empty()) hooks.onLog(tail);
    return errorResult("the solver process ended without a result (" + describeExit(waitStatus_) +
                       ")");
}

void WorkerChild::abandon() {
    closeFd(out_);
    closeFd(in_);
    if (pid_ < 0 || reaped_) return;
    ::kill(pid_, SIGKILL);  // only on an exception unwinding the batch: never leave a zombie
    while (::waitpid(pid_, &waitStatus_, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
}

using Children = std::vector<std::unique_ptr<WorkerChild>>;

// Waits up to kPollMillis for output of any child and reads what arrived.
void readChildren(const Children& running, const MilpHooks& hooks) {
    std::vector<pollfd> fds;
    std::vector<WorkerChild*> owners;
    for (const auto& c : running)
        if (c->outFd() >= 0) {
            fds.push_back({c->outFd(), POLLIN, 0});
            owners.push_back(c.get());
        }
    // No open pipe: children whose output ended but that have not exited yet; just wait.
    if (::poll(fds.data(), fds.size(), kPollMillis) <= 0) return;
    for (std::size_t i = 0; i < fds.size(); ++i)
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
            owners[i]->readAvailable(hooks);
}

// Runs problems[i] with options[i], up to maxParallel children at once; no retry.
std::vector<MilpResult> runBatch(const std::string& executable, std::size_t maxParallel,
                                 const std::vector<const MilpProblem*>& problems,
                                 const std::vector<MilpOptions>& options, const MilpHooks& hooks,
                                 std::stop_token stop) {
    const std::size_t n = problems.size();
    std::vector<MilpResult> results(n);
    Children running;
    std::size_t next = 0;
    while (next < n || !running.empty()) {
        for (; !stop.stop_requested() && running.size() < maxParallel && next < n; ++next) {
            auto child = std::make_unique<WorkerChild>(next);
            if (child->start(executable, *problems[next], options[next],
                             static_cast<bool>(hooks.onIncumbent)))
                running.push_back(std::move(child));
            else
                results[next] = child->finish(hooks);
        }
        if (stop.stop_requested())
            for (; next < n; ++next)
                results[next] = notStartedResult();
        if (running.empty()) break;
        readChildren(running, hooks);
        const auto now = Clock::now();
        for (auto it = running.begin(); it != running.end();) {
            if (stop.stop_requested())
                (*it)->enforceStop(now);
            else if ((*it)->pastDeadline(now))
                (*it)->enforceDeadline(now);
            if ((*it)->tryReap()) {
                results[(*it)->index()] = (*it)->finish(hooks);
                it = running.erase(it);
            } else {
                ++it;
            }
        }
    }
    return results;
}

}  // namespace

WorkerProcessMilpBackend::WorkerProcessMilpBackend(std::string executable, int maxParallel)
    : executable_(std::move(executable)), maxParallel_(std::max(1, maxParallel)) {}

MilpResult WorkerProcessMilpBackend::solve(const MilpProblem& problem, const MilpOptions& options,
                                           const MilpHooks& hooks, std::stop_token stop) const {
    bool firstRun = true;
    return retryWithoutPreprocessing(
        options,
        [&](const MilpOptions& o) {
            if (!std::exchange(firstRun, false) && hooks.onRestart) hooks.onRestart();
            return runBatch(executable_, 1, {&problem}, {o}, hooks, stop).front();
        },
        stop);
}

std::vector<MilpResult> WorkerProcessMilpBackend::solveMany(
    const std::vector<MilpProblem>& problems, const std::vector<MilpOptions>& options,
    const MilpHooks& hooks, std::stop_token stop) const {
    if (options.size() != problems.size())
        return std::vector<MilpResult>(problems.size(),
                                       errorResult("one MilpOptions per problem is required"));
    std::vector<const MilpProblem*> pointers;
    for (const auto& p : problems)
        pointers.push_back(&p);
    std::vector<MilpResult> first = runBatch(executable_, static_cast<std::size_t>(maxParallel_),
                                             pointers, options, hooks, stop);
    // A crashed child is retried alone: crashes are rare, and core's rule decides (and words) it.
    std::vector<MilpResult> out;
    for (std::size_t i = 0; i < problems.size(); ++i) {
        bool firstRun = true;
        out.push_back(retryWithoutPreprocessing(
            options[i],
            [&](const MilpOptions& o) {
                if (std::exchange(firstRun, false)) return std::move(first[i]);
                if (hooks.onRestart) hooks.onRestart();
                return runBatch(executable_, 1, {&problems[i]}, {o}, hooks, stop).front();
            },
            stop));
    }
    return out;
}

std::string currentExecutablePath() {
    std::error_code ec;
    const auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("sparsemip") : p.string();
}

}  // namespace smip
