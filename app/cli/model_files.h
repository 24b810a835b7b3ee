#pragma once
// `--mps FILE` and `--lp FILE`: the MILPs a command solves, written for another solver or a
// cluster, each with its MIP start beside it (FILE's .mps/.lp replaced by .mst) when it has one.
// One declaration and one writer for every command that builds a MILP; the paths of a run's
// several solves follow core/milp/milp_model_files.h.
#include <memory>
#include <mutex>
#include <string>

#include "app/cli/flag_table.h"
#include "core/milp/milp_model_files.h"
#include "core/milp/milp_problem.h"
#include "core/milp/milp_solver.h"

namespace smip::cli {

using ModelFiles = MilpModelFiles;

/// Declares --mps and --lp; `what` says which model ("the MILP on the training part").
void addModelFileFlags(FlagTable& flags, ModelFiles& files, const std::string& what);

/// The --help text on the start file and on the per-solve file names (`perSolve`: the command
/// runs several MILPs and names them as in `example`, e.g. "layer2").
std::string modelFilesHelp(bool perSolve, const std::string& example = {});

/// Writes `problem` (and no start) to each requested file. Empty on success, else the first
/// error (naming the path).
std::string writeModelFiles(const MilpProblem& problem, const ModelFiles& files);

/// Collects what the pipelines' onModel hook writes: every solve's model and start, the first
/// error, and a line on stderr per solve's files. Thread-safe (a study's workers write at once).
class ModelFileSink {
  public:
    ModelFileSink(ModelFiles files, std::string command)
        : state_(std::make_shared<State>(std::move(files), std::move(command))) {}
    /// The hook to put into MilpHooks::onModel / MipTrainHooks::onModel; empty when no file is
    /// wanted. Keeps the sink's state alive.
    MilpModelHook hook() const;
    /// The first error, empty when every file was written.
    std::string error() const;
    /// How many solves' files were written.
    int solves() const;

  private:
    struct State {
        State(ModelFiles f, std::string c) : files(std::move(f)), command(std::move(c)) {}
        ModelFiles files;
        std::string command;
        std::mutex mutex;
        std::string error;
        int solves = 0;
    };
    std::shared_ptr<State> state_;
};

}  // namespace smip::cli
