#include "app/cli/model_files.h"

#include "core/milp/milp_solver.h"

namespace smip::cli {

void addModelFileFlags(FlagTable& flags, ModelFiles& files, const std::string& what) {
    flags.text("mps", "FILE", "write " + what + " as MPS", files.mps)
        .text("lp", "FILE", "write " + what + " in CPLEX LP format", files.lp);
}

std::string writeModelFiles(const MilpProblem& problem, const ModelFiles& files) {
    if (!files.mps.empty())
        if (std::string e = writeMps(problem, files.mps); !e.empty()) return e;
    if (!files.lp.empty())
        if (std::string e = writeLp(problem, files.lp); !e.empty()) return e;
    return {};
}

}  // namespace smip::cli
