#include "core/milp/milp_worker.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <mutex>
#include <stop_token>
#include <streambuf>
#include <thread>

#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"

namespace smip {
namespace {

std::atomic<bool> gExternalStop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "signal handler needs a lock-free flag");

struct LineWriter {
    std::ostream& out;
    std::mutex mutex;  // the solve's hooks may fire from several B&B threads
    void write(const nlohmann::json& j) {
        std::lock_guard lock(mutex);
        out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        out.flush();
    }
};

// A streambuf over a raw file descriptor (the saved stdout of runMilpWorkerOnStdio).
class FdStreambuf : public std::streambuf {
  public:
    explicit FdStreambuf(int fd) : fd_(fd) {}

  protected:
    int_type overflow(int_type c) override {
        if (c == traits_type::eof()) return traits_type::not_eof(c);
        const char ch = static_cast<char>(c);
        return writeAll(&ch, 1) ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        return writeAll(s, static_cast<std::size_t>(n)) ? n : 0;
    }

  private:
    bool writeAll(const char* s, std::size_t n) {
        while (n > 0) {
            const ssize_t w = ::write(fd_, s, n);
            if (w < 0) {
                if (errno == EINTR) continue;
                return false;
            }
            s += w;
            n -= static_cast<std::size_t>(w);
        }
        return true;
    }
    int fd_;
};

int fail(LineWriter& w, const std::string& message) {
    MilpResult r;
    r.status = MilpStatus::Error;
    r.message = message;
    auto j = toJson(r);
    j["type"] = "result";
    w.write(j);
    return 2;
}

}  // namespace

void requestMilpWorkerStop() noexcept {
    gExternalStop.store(true);
}

int runMilpWorker(const std::string& jobPath, std::istream& in, std::ostream& out) {
    LineWriter writer{out, {}};
    std::string text, error;
    if (!readWholeFile(jobPath, text, error)) return fail(writer, error);
    MilpProblem problem;
    MilpOptions options;
    bool reportIncumbents = false;
    {
        const auto job = nlohmann::json::parse(text, nullptr, false);
        if (job.is_discarded() || !job.is_object())
            return fail(writer, "job file " + jobPath + " is not a JSON object");
        if (!job.contains("problem"))
            return fail(writer, "job file " + jobPath + " has no \"problem\"");
        if (auto e = fromJson(job.at("problem"), problem); !e.empty()) return fail(writer, e);
        if (job.contains("options"))
            if (auto e = fromJson(job.at("options"), options); !e.empty()) return fail(writer, e);
        reportIncumbents = job.value("reportIncumbents", false);
    }

    std::stop_source stop;
    // Commands from the parent. getline blocks, so this thread cannot be interrupted: at the end
    // it is joined if input has ended, otherwise detached (it then only touches `in` and `stop`).
    auto readerDone = std::make_shared<std::atomic<bool>>(false);
    std::thread reader([&in, stop, readerDone]() mutable {
        std::string line;
        while (std::getline(in, line)) {
            while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                line.pop_back();
            if (line == "cancel") stop.request_stop();
        }
        readerDone->store(true);  // end of input: keep solving
    });
    std::jthread signalWatcher([stop](std::stop_token done) mutable {
        while (!done.stop_requested()) {
            if (gExternalStop.load()) stop.request_stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });

    MilpHooks hooks;
    hooks.onLog = [&writer](const std::string& line) {
        writer.write({{"type", "log"}, {"line", line}});
    };
    hooks.onProgress = [&writer](const MilpProgress& p) {
        auto j = toJson(p);
        j["type"] = "progress";
        writer.write(j);
    };
    if (reportIncumbents)
        hooks.onIncumbent = [&writer](const MilpIncumbent& incumbent) {
            auto j = toJson(incumbent);
            j["type"] = "incumbent";
            writer.write(j);
        };
    const MilpResult result = solveMilp(problem, options, hooks, stop.get_token());
    signalWatcher.request_stop();
    auto j = toJson(result);
    j["type"] = "result";
    writer.write(j);

    for (int i = 0; i < 10 && !readerDone->load(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (readerDone->load())
        reader.join();
    else
        reader.detach();
    return result.status == MilpStatus::Error ? 1 : 0;
}

int runMilpWorkerOnStdio(const std::string& jobPath) {
    std::cout.flush();
    std::fflush(stdout);
    const int jsonFd = ::dup(STDOUT_FILENO);
    if (jsonFd < 0) return runMilpWorker(jobPath, std::cin, std::cout);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // library printf → stderr
    int code = 0;
    {
        FdStreambuf buf(jsonFd);
        std::ostream out(&buf);
        code = runMilpWorker(jobPath, std::cin, out);
    }
    std::fflush(stdout);
    ::dup2(jsonFd, STDOUT_FILENO);
    ::close(jsonFd);
    return code;
}

}  // namespace smip
