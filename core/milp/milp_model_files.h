#pragma once
// The files of exported MILPs: where each solve of a run goes and what is written beside it. One
// code path for the CLI's --mps/--lp (app/cli/model_files.h), the GUI's File → Export MILP… and
// the tests that hand the files to the `cbc` program.
//
// A run's main (or only) MILP, solve name "", goes to the paths as given. Every other solve of a
// run (a study's split, a layer, a Lagrangian block) goes to `<base>-<solve><ext>`, where <base>
// is the given path without a trailing .mps/.lp: `--mps out/study` and `--mps out/study.mps` both
// give out/study-<solve>.mps. Beside each model file with a MIP start goes its start file,
// `<base>.mst` (mipStartPathFor), readable by `cbc <model> -mipstart <start>`.
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"

namespace smip {

struct MilpModelFiles {
    std::string mps;  ///< empty: not written
    std::string lp;   ///< empty: not written
    bool wanted() const { return !mps.empty() || !lp.empty(); }
};

/// The files of solve `solve` ("" = the given paths; see above).
MilpModelFiles modelFilesForSolve(const MilpModelFiles& files, const std::string& solve);

/// `solve` made safe as part of a file name: letters, digits, '-', '_' and '.' kept, anything
/// else (path separators, blanks) becomes '_'.
std::string fileSafeSolveName(const std::string& solve);

/// The start file beside a model file: `model.mps` → `model.mst`, `model.lp` → `model.mst`; any
/// other name gets ".mst" appended. When an MPS and an LP file share that path and their column
/// names differ, the LP's start is `model.lp.mst` (writeMilpModelFiles does this).
std::string mipStartPathFor(const std::string& modelPath);

/// Writes `problem` to each requested file of `solve` and, when `start` is non-empty, the start
/// file beside each. `written` (optional) receives every path written, in order. Empty on
/// success, else the first error (naming the path). Files are written atomically. Any thread
/// (different solves may be written concurrently).
std::string writeMilpModelFiles(const MilpModelFiles& files, const std::string& solve,
                                const MilpProblem& problem, const std::vector<double>& start,
                                std::vector<std::string>* written = nullptr);

}  // namespace smip
