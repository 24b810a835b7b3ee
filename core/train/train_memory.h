#pragma once
// How much memory a training run needs, checked before anything big is allocated: the workspace
// grows with samples × width (the CLI's default width is the sample count, so ~N²), and a
// std::bad_alloc half-way through a run helps nobody. CLI and GUI share this estimate.
#include <cstdint>
#include <string>

#include "core/common/memory_budget.h"
#include "core/train/trainer.h"

namespace smip {

/// Peak bytes of one trainShallow run on `samples` × `features` data with `width` hidden units:
/// the K × N forward/backward buffers and the metric pass's temporaries, parameters with their
/// Adam moments, the transposed data and the sampled history.
std::uint64_t estimateTrainingBytes(long long samples, long long features, long long width,
                                    const TrainConfig& config);

/// Empty when `runs` parallel runs fit in `limitBytes` (0: no limit); otherwise a message naming
/// the estimate, the sizes that drive it and that a smaller width (or fewer samples or runs)
/// lowers it.
std::string trainingMemoryProblem(long long samples, long long features, long long width, int runs,
                                  const TrainConfig& config, std::uint64_t limitBytes);

/// Reserves an estimate against a process-wide budget while alive, so trainings that run at the
/// same time (one thread per regularizer in the GUI and the CLI) are checked together: a run that
/// would push the sum of the reservations above the limit is refused instead of allocating.
class TrainingMemoryReservation {
  public:
    /// Reserves `bytes` when the reservations then stay within `limitBytes`; otherwise reserves
    /// nothing and ok() is false. `limitBytes` 0: no limit, nothing reserved, ok() is true.
    TrainingMemoryReservation(std::uint64_t bytes, std::uint64_t limitBytes);
    ~TrainingMemoryReservation();
    TrainingMemoryReservation(const TrainingMemoryReservation&) = delete;
    TrainingMemoryReservation& operator=(const TrainingMemoryReservation&) = delete;
    bool ok() const { return ok_; }
    /// Bytes other runs had reserved when this one asked.
    std::uint64_t reservedByOthers() const { return others_; }

  private:
    std::uint64_t bytes_ = 0;
    std::uint64_t others_ = 0;
    bool ok_ = false;
};

}  // namespace smip
