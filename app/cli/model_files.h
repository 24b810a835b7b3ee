#pragma once
// `--mps FILE` and `--lp FILE`: the MILP a command solves, written for another solver or a
// cluster. One declaration and one writer for every command that builds a MILP.
#include <string>

#include "app/cli/flag_table.h"
#include "core/milp/milp_problem.h"

namespace smip::cli {

struct ModelFiles {
    std::string mps;  ///< empty: not written
    std::string lp;   ///< empty: not written
    bool wanted() const { return !mps.empty() || !lp.empty(); }
};

/// Declares --mps and --lp; `what` says which model ("the MILP on the training part").
void addModelFileFlags(FlagTable& flags, ModelFiles& files, const std::string& what);

/// Writes `problem` to each requested file. Empty on success, else the first error (naming the
/// path).
std::string writeModelFiles(const MilpProblem& problem, const ModelFiles& files);

}  // namespace smip::cli
