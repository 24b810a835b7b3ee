#include "app/cli/solve_session.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace smip::cli {

namespace {
std::atomic<bool> gInterrupted{false};
void onInterrupt(int) {
    gInterrupted.store(true);
}
}  // namespace

InterruptStop::InterruptStop() {
    gInterrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    watcher_ = std::jthread([stop = stop_](std::stop_token done) mutable {
        while (!done.stop_requested()) {
            if (gInterrupted.load()) stop.request_stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

InterruptStop::~InterruptStop() {
    watcher_.request_stop();
    watcher_.join();
    std::signal(SIGINT, SIG_DFL);
}

MilpHooks printingHooks(bool quiet) {
    MilpHooks hooks;
    hooks.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
    if (!quiet)
        hooks.onProgress = [](const MilpProgress& p) {
            std::cout << "t=" << formatNumber(p.seconds)
                      << "s incumbent=" << formatNumber(p.incumbent)
                      << " bound=" << formatNumber(p.bound) << " gap=" << formatNumber(p.gap)
                      << " nodes=" << p.nodes << std::endl;
        };
    return hooks;
}

std::string formatNumber(double v) {
    if (!std::isfinite(v)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

}  // namespace smip::cli
