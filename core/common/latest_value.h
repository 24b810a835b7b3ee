#pragma once
// A one-slot mailbox for states where only the newest matters (current weights for a network
// drawing, the current incumbent). Writers overwrite; the reader takes the value if it is new.
#include <mutex>
#include <optional>
#include <utility>

namespace smip {

template <typename T>
class LatestValue {
  public:
    /// Replaces the stored value. Any thread.
    void set(T value) {
        std::lock_guard lock(mutex_);
        value_ = std::move(value);
        fresh_ = true;
    }
    /// Returns the value if it changed since the last take(), otherwise nullopt. Any thread.
    std::optional<T> take() {
        std::lock_guard lock(mutex_);
        if (!fresh_) return std::nullopt;
        fresh_ = false;
        return value_;
    }
    /// Returns the newest value regardless of freshness (nullopt before the first set). Any thread.
    std::optional<T> peek() const {
        std::lock_guard lock(mutex_);
        return value_;
    }

  private:
    mutable std::mutex mutex_;
    std::optional<T> value_;
    bool fresh_ = false;
};

}  // namespace smip
