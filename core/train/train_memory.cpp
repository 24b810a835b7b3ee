#include "core/train/train_memory.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>

namespace smip {

namespace {

constexpr double kMaxBytes = static_cast<double>(std::numeric_limits<std::uint64_t>::max());

std::uint64_t toBytes(double bytes) {
    return bytes >= kMaxBytes ? std::numeric_limits<std::uint64_t>::max()
                              : static_cast<std::uint64_t>(bytes);
}

// Sum of the live reservations of this process.
std::atomic<std::uint64_t> gReserved{0};

}  // namespace

std::uint64_t estimateTrainingBytes(long long samples, long long features, long long width,
                                    const TrainConfig& config) {
    // In doubles (no overflow for any int sizes); counted in 8-byte values.
    const double N = static_cast<double>(std::max(0LL, samples));
    const double d = static_cast<double>(std::max(0LL, features));
    const double K = static_cast<double>(std::max(0LL, width));
    const double params = K * d + 2.0 * K;
    // Z, H, G of the workspace (K × N each) and predict()'s two K × N temporaries at a report.
    const double perSample = 5.0 * K * N;
    // Workspace vectors and Xᵀ, theta/grad/prev + Adam's two moments, the result and the start.
    const double small = (d + 2.0) * N + 7.0 * params + 32.0 * d;
    const double reports = config.reportEvery > 0
                               ? static_cast<double>(config.epochs) / config.reportEvery + 3.0
                               : 3.0;
    // A kept snapshot is the parameters plus the three vectors' bookkeeping.
    const double snapshots = config.keepSnapshots ? reports * (8.0 * params + 96.0) : 0.0;
    return toBytes(8.0 * (perSample + small) + reports * sizeof(TrainSample) + snapshots);
}

std::string trainingMemoryProblem(long long samples, long long features, long long width, int runs,
                                  const TrainConfig& config, std::uint64_t limitBytes) {
    if (limitBytes == 0) return {};
    const double one = static_cast<double>(estimateTrainingBytes(samples, features, width, config));
    const std::uint64_t total = toBytes(one * std::max(1, runs));
    if (total <= limitBytes) return {};
    std::string s = "training needs about " + formatBytes(total) + " of memory (" +
                    std::to_string(samples) + " samples x width " + std::to_string(width);
    if (runs > 1) s += " x " + std::to_string(runs) + " runs at once";
    s += "), more than the limit of " + formatBytes(limitBytes) +
         "; a smaller width (hidden units), fewer samples or fewer regularizers lower it";
    return s;
}

TrainingMemoryReservation::TrainingMemoryReservation(std::uint64_t bytes,
                                                     std::uint64_t limitBytes) {
    if (limitBytes == 0) {  // no limit: nothing to account for
        ok_ = true;
        return;
    }
    std::uint64_t current = gReserved.load();
    do {
        others_ = current;
        const bool fits = bytes <= limitBytes && current <= limitBytes - bytes;
        if (!fits) return;
    } while (!gReserved.compare_exchange_weak(current, current + bytes));
    bytes_ = bytes;
    ok_ = true;
}

TrainingMemoryReservation::~TrainingMemoryReservation() {
    if (ok_) gReserved.fetch_sub(bytes_);
}

}  // namespace smip
