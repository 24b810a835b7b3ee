#include "app/cli/solve_session.h"

#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "app/cli/exit_codes.h"

namespace smip::cli {

namespace {
std::atomic<bool> gInterrupted{false};
struct sigaction gOldInt {
}, gOldTerm{};

// Async-signal-safe: sets a flag; a second signal (the user insists) ends the process at once.
void onInterrupt(int) {
    if (gInterrupted.exchange(true)) ::_exit(kExitInterrupted);
}

void install(int signal, struct sigaction* old) {
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, old);
}
}  // namespace

InterruptStop::InterruptStop(const char* command) {
    gInterrupted.store(false);
    install(SIGINT, &gOldInt);
    install(SIGTERM, &gOldTerm);
    watcher_ = std::jthread([stop = stop_, command](std::stop_token done) mutable {
        while (!done.stop_requested()) {
            if (gInterrupted.load() && !stop.stop_requested()) {
                std::cerr << "sparsemip " << command
                          << ": interrupted; stopping and keeping the best result so far "
                             "(interrupt again to quit at once)"
                          << std::endl;
                stop.request_stop();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
}

InterruptStop::~InterruptStop() {
    watcher_.request_stop();
    watcher_.join();
    ::sigaction(SIGINT, &gOldInt, nullptr);
    ::sigaction(SIGTERM, &gOldTerm, nullptr);
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
