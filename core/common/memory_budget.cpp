#include "core/common/memory_budget.h"

#include <unistd.h>
#include <cstdio>
#include <limits>

namespace smip {

std::uint64_t physicalMemoryBytes() {
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0) return 0;
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize);
}

std::uint64_t defaultMemoryLimit() {
    return physicalMemoryBytes() / 2;
}

std::string formatBytes(std::uint64_t bytes) {
    const double b = static_cast<double>(bytes);
    char buf[48];
    if (b >= 1e12)
        std::snprintf(buf, sizeof buf, "%.3g TB", b / 1e12);
    else if (b >= 1e9)
        std::snprintf(buf, sizeof buf, "%.3g GB", b / 1e9);
    else if (b >= 1e6)
        std::snprintf(buf, sizeof buf, "%.3g MB", b / 1e6);
    else if (b >= 1e3)
        std::snprintf(buf, sizeof buf, "%.3g kB", b / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(bytes));
    return buf;
}

std::uint64_t estimateMilpBytes(long long rows, long long columns, long long nonzeros) {
    // Fitted from above to CBC's peak resident memory (docs/benchmarks/memory.md); in doubles so
    // no size overflows.
    constexpr double kBase = 16e6, kPerNonzero = 1000.0, kPerRowOrColumn = 500.0;
    const double bytes = kBase + kPerNonzero * static_cast<double>(nonzeros) +
                         kPerRowOrColumn * static_cast<double>(rows + columns);
    constexpr double kMax = static_cast<double>(std::numeric_limits<std::uint64_t>::max());
    return bytes >= kMax ? std::numeric_limits<std::uint64_t>::max()
                         : static_cast<std::uint64_t>(bytes);
}

void checkMilpMemory(const std::string& what, long long rows, long long columns, long long nonzeros,
                     std::uint64_t limitBytes, ConfigIssues& issues) {
    const std::uint64_t bytes = estimateMilpBytes(rows, columns, nonzeros);
    if (limitBytes == 0 || bytes <= limitBytes) return;
    issues.large("data", what + " (" + std::to_string(rows) + " rows, " + std::to_string(columns) +
                             " columns, " + std::to_string(nonzeros) + " nonzeros) needs about " +
                             formatBytes(bytes) + " of memory, more than the safe share of " +
                             formatBytes(limitBytes) + " (half of this machine's memory)");
}

void checkMilpBinaries(const std::string& field, long long binaries, long long limit,
                       const std::string& remedy, ConfigIssues& issues) {
    if (binaries <= limit) return;
    issues.large(field, "the MILP has " + std::to_string(binaries) + " binaries (more than " +
                            std::to_string(limit) + "): " + remedy);
}

}  // namespace smip
