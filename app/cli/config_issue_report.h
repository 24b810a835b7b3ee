#pragma once
// How every command turns core's validate…() answer into output and an exit code: invalid
// settings are a bad command line (2), unusable data a failed run (1), a large run needs --force
// (1 without it), warnings are printed and the run goes on.
#include "app/cli/flag_table.h"
#include "core/common/config_issues.h"

namespace smip::cli {

/// Declares `--force`: run even when the size or memory estimate says the run is large.
void addForceFlag(FlagTable& flags, bool& force);

/// Prints the issues as "sparsemip <command>: …" lines on stderr. Returns -1 when the run may
/// start, else the exit code.
int reportConfigIssues(const char* command, const ConfigIssues& issues, bool force);

}  // namespace smip::cli
