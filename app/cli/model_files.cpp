#include "app/cli/model_files.h"

#include <iostream>

namespace smip::cli {

void addModelFileFlags(FlagTable& flags, ModelFiles& files, const std::string& what) {
    flags.text("mps", "FILE", "write " + what + " as MPS", files.mps)
        .text("lp", "FILE", "write " + what + " in CPLEX LP format", files.lp);
}

std::string modelFilesHelp(bool perSolve, const std::string& example) {
    std::string text =
        "--mps/--lp: a MILP with a MIP start gets it beside the model as FILE.mst (.mps/.lp\n"
        "replaced), in the format of cbc's -mipstart:\n"
        "  cbc FILE.mps -mipstart FILE.mst -solve -solution sol.txt\n";
    if (perSolve)
        text +=
            "Each MILP of the run goes to its own file: --mps DIR/prefix (or DIR/prefix.mps)\n"
            "writes DIR/prefix-<solve>.mps and DIR/prefix-<solve>.mst, <solve> naming it:\n" +
            example + "\n";
    return text;
}

std::string writeModelFiles(const MilpProblem& problem, const ModelFiles& files) {
    return writeMilpModelFiles(files, "", problem, {});
}

MilpModelHook ModelFileSink::hook() const {
    if (!state_->files.wanted()) return {};
    return [state = state_](const std::string& solve, const MilpProblem& problem,
                            const std::vector<double>& start) {
        std::vector<std::string> written;
        const std::string e = writeMilpModelFiles(state->files, solve, problem, start, &written);
        std::lock_guard lock(state->mutex);
        if (!e.empty()) {
            if (state->error.empty()) state->error = e;
            std::cerr << "sparsemip " << state->command << ": " << e << "\n";
            return;
        }
        ++state->solves;
        std::cerr << "wrote";
        for (const std::string& path : written)
            std::cerr << ' ' << path;
        std::cerr << "\n";
    };
}

std::string ModelFileSink::error() const {
    std::lock_guard lock(state_->mutex);
    return state_->error;
}

int ModelFileSink::solves() const {
    std::lock_guard lock(state_->mutex);
    return state_->solves;
}

}  // namespace smip::cli
