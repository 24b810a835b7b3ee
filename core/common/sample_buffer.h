#pragma once
// A thread-safe append-only buffer for streams where every point matters (loss per epoch,
// incumbent/bound per solver event). The producer (worker thread) appends; the consumer (GUI timer)
// swaps the whole vector out, so the lock is held for O(1) work on the consumer side.
#include <mutex>
#include <utility>
#include <vector>

namespace smip {

template <typename T>
class SampleBuffer {
  public:
    /// Appends one sample. Any thread.
    void push(T sample) {
        std::lock_guard lock(mutex_);
        items_.push_back(std::move(sample));
    }
    /// Takes every sample appended since the last call (oldest first). Any thread.
    std::vector<T> drain() {
        std::vector<T> out;
        std::lock_guard lock(mutex_);
        out.swap(items_);
        return out;
    }
    /// Number of samples waiting. Any thread.
    std::size_t size() const {
        std::lock_guard lock(mutex_);
        return items_.size();
    }

  private:
    mutable std::mutex mutex_;
    std::vector<T> items_;
};

}  // namespace smip
