#pragma once
// How much memory this machine has and how much a run may take, shared by every feature's size
// check (training workspaces, MILPs): a std::bad_alloc, or a machine swapping, half-way through a
// run helps nobody, so big runs are named before anything is allocated.
#include <cstdint>
#include <string>

#include "core/common/config_issues.h"

namespace smip {

/// A limit no run reaches: what the user chose after being told a run is large (GUI) or with
/// --force / --memory-limit 0 (CLI).
inline constexpr std::uint64_t kNoMemoryLimit = ~std::uint64_t{0};

/// Physical memory of this machine; 0 when unknown.
std::uint64_t physicalMemoryBytes();

/// The safe share for one run (or for all trainings of the process together): half of the
/// physical memory — the rest is the system's, the GUI's and the data's; 0 (no limit) when the
/// physical memory is unknown.
std::uint64_t defaultMemoryLimit();

/// "3.3 GB", "120 MB", "512 bytes".
std::string formatBytes(std::uint64_t bytes);

/// Peak bytes of CBC solving a MILP of this size, from measurements of CBC's resident memory on
/// the sparsest-network MILPs (docs/benchmarks/memory.md): the matrix, presolve's copies, the LP
/// factorization and cut pools grow with the nonzeros. An upper-side estimate of the first
/// minutes; a long branch-and-bound adds its node tree on top.
std::uint64_t estimateMilpBytes(long long rows, long long columns, long long nonzeros);

/// A Large issue (field "data") when a MILP of this size is estimated above `limitBytes`
/// (0: no limit); `what` names the model ("the sparsest-network MILP").
void checkMilpMemory(const std::string& what, long long rows, long long columns, long long nonzeros,
                     std::uint64_t limitBytes, ConfigIssues& issues);

/// A Large issue on `field` when a MILP has more than `limit` binaries, beyond which CBC rarely
/// gets anywhere in minutes: "the MILP has N binaries (more than L): " + `remedy`.
void checkMilpBinaries(const std::string& field, long long binaries, long long limit,
                       const std::string& remedy, ConfigIssues& issues);

}  // namespace smip
