#include "core/milp/cbc_log_capture.h"

#include <sstream>

namespace smip {

void CbcLogSink::forward(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        std::lock_guard lock(mutex);
        if (line.rfind("Cbc0010I", 0) == 0) {
            const auto now = std::chrono::steady_clock::now();
            if (lines > 0 && now - lastStatus < statusInterval) continue;
            lastStatus = now;
        }
        if (line.find("MIPStart") != std::string::npos) sawMipStart = true;
        ++lines;
        if (onLog) onLog(line);
    }
}

int CbcLogCapture::print() {
    if (sink_) sink_->forward(messageBuffer());
    return 0;
}

}  // namespace smip
