#pragma once
// The one timing loop of the cancel-latency benchmarks (bench_cancel, bench_miptrain_cancel): run
// an operation on a thread, request a stop at its k-th progress event, time the return by hand.
#include <benchmark/benchmark.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

namespace smip::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Two child processes spinning on a core each for the lifetime of this object (load = 1).
class BusyCores {
  public:
    explicit BusyCores(bool on) {
        if (!on) return;
        for (int i = 0; i < 2; ++i) {
            const pid_t pid = ::fork();
            if (pid == 0) {
                volatile unsigned long x = 0;
                for (;;)
                    x = x + 1;
            }
            if (pid > 0) children_.push_back(pid);
        }
    }
    ~BusyCores() {
        for (pid_t pid : children_) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    }

  private:
    std::vector<pid_t> children_;
};

// Counts progress events of the operation running on another thread; the benchmark thread waits
// for the k-th.
class EventGate {
  public:
    void event() {
        std::lock_guard lock(mutex_);
        ++events_;
        cv_.notify_all();
    }
    void finish() {
        std::lock_guard lock(mutex_);
        finished_ = true;
        cv_.notify_all();
    }
    /// True when the k-th event came before the operation finished.
    bool waitFor(int k) {
        std::unique_lock lock(mutex_);
        cv_.wait(lock, [&] { return events_ >= k || finished_; });
        return events_ >= k;
    }

  private:
    std::mutex mutex_;
    std::condition_variable cv_;
    int events_ = 0;
    bool finished_ = false;
};

// Runs `op(gate, stop)` on a thread, waits for its k-th event (or `warmup` when k = 0), requests
// the stop and returns the seconds until `op` returned; negative when it finished before.
inline double stopLatency(const std::function<void(EventGate&, std::stop_token)>& op, int k,
                          std::chrono::milliseconds warmup = std::chrono::milliseconds(0)) {
    EventGate gate;
    std::stop_source stop;
    std::atomic<bool> done{false};
    Clock::time_point returned;
    std::thread worker([&] {
        op(gate, stop.get_token());
        returned = Clock::now();
        done.store(true);
        gate.finish();
    });
    bool started = true;
    if (k > 0)
        started = gate.waitFor(k);
    else
        std::this_thread::sleep_for(warmup);
    const Clock::time_point requested = Clock::now();
    stop.request_stop();
    worker.join();
    if (!started || returned < requested) return -1.0;
    return std::chrono::duration<double>(returned - requested).count();
}

inline void record(benchmark::State& state, double seconds, double& worst) {
    if (seconds < 0) {
        state.SkipWithError("the operation finished before the stop request");
        return;
    }
    worst = std::max(worst, seconds);
    state.SetIterationTime(seconds);
}

inline void finishCounters(benchmark::State& state, double worst) {
    state.counters["max_ms"] = 1000.0 * worst;
    state.SetLabel(state.range(0) ? "2 busy processes" : "no extra load");
}

/// One stop per iteration at the k-th event of `op` (stopLatency), the time recorded by hand and
/// the worst iteration as `max_ms`.
inline void measureStops(benchmark::State& state, int k,
                         const std::function<void(EventGate&, std::stop_token)>& op) {
    double worst = 0;
    for (auto _ : state)
        record(state, stopLatency(op, k), worst);
    finishCounters(state, worst);
}

/// The registration the load-dependent cancel benchmarks share: load 0 and 1 (two busy
/// processes, BusyCores), manual time, milliseconds.
inline void withLoad(benchmark::internal::Benchmark* b) {
    b->Arg(0)->Arg(1)->ArgName("load")->UseManualTime()->Unit(benchmark::kMillisecond);
}

}  // namespace smip::bench
