#pragma once
// Internal to core/milp: captures CBC's and Clp's messages line by line instead of printing them.
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include <coin/CoinMessageHandler.hpp>

namespace smip {

/// Shared by every copy of the capture handlers of one solve.
struct CbcLogSink {
    std::function<void(const std::string&)> onLog;  ///< may be empty (lines dropped)
    std::mutex mutex;
    /// We lower CBC's print frequency to get live bounds; its "Cbc0010I After N nodes" status lines
    /// are then forwarded at most once per this interval so the log stays readable.
    std::chrono::steady_clock::duration statusInterval = std::chrono::seconds(1);
    std::chrono::steady_clock::time_point lastStatus{};
    bool sawMipStart = false;  ///< a "MIPStart" line went by
    long long lines = 0;

    /// Splits `text` into lines, drops blank ones, forwards the rest. Any thread.
    void forward(const std::string& text);
};

/// A CoinMessageHandler that hands each formatted message to a CbcLogSink.
class CbcLogCapture : public CoinMessageHandler {
  public:
    explicit CbcLogCapture(std::shared_ptr<CbcLogSink> sink) : sink_(std::move(sink)) {}
    int print() override;
    CoinMessageHandler* clone() const override { return new CbcLogCapture(*this); }

  private:
    std::shared_ptr<CbcLogSink> sink_;
};

}  // namespace smip
