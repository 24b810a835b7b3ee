#pragma once
// The grid of a sweep — the seed package's main experiment: data kinds × N × d × seeds, each
// instance run through the whole sparsest pipeline (sweep_run.h). Every instance has a stable id
// that names its result file, so a sweep can be resumed, split into one command per instance
// (a plan for GNU parallel or a Slurm array) and merged again (sweep_table.h).
#include <cstdint>
#include <string>
#include <vector>

#include "core/train/train_sequence.h"
#include "core/train/trainer.h"

namespace smip {

/// What every instance of a sweep runs: the regularizers trained from one init, their epochs and
/// the MILP's time limit.
struct SweepSettings {
    std::vector<RegularizerSpec> regularizers = defaultRegularizers();
    int epochs = TrainConfig{}.epochs;
    double timeLimitSeconds = 60.0;  ///< of the MILP stage (training not counted)
    int trainThreads = 0;            ///< training threads per instance; ≤ 0: one per core
};

struct SweepGrid {
    /// "random", "teacher", "lowrank" (generators, one instance per N × d × seed) or paths of CSV
    /// files (the last column the target; one instance per seed, N and d from the file).
    std::vector<std::string> kinds = {"random"};
    std::vector<int> n = {5};
    std::vector<int> d = {5};
    std::vector<std::uint64_t> seeds = {0};
    SweepSettings settings;
};

struct SweepInstance {
    std::string id;          ///< e.g. "random-n5-d3-s0", "csv-housing-s2"; a file-name-safe word
    std::string kind;        ///< "random", "teacher", "lowrank" or "csv-<file stem>"
    std::string source;      ///< generator name or the CSV file's path
    int n = 0, d = 0;        ///< generator sizes (0 for a CSV file: its own)
    std::uint64_t seed = 0;  ///< generator seed and the training initialization's seed
    SweepSettings settings;
};

/// Whether a kind names a CSV file (extension .csv, any case) rather than a generator.
bool isSweepCsvKind(const std::string& kind);

/// The generators a sweep accepts as kinds.
const std::vector<std::string>& sweepGeneratorKinds();

/// Every instance of the grid, in kind, N, d, seed order. Returns false and names the problem in
/// `error` for an unknown kind, an empty list, N or d < 1, or two instances with one id (two CSV
/// files with the same stem). Any thread.
bool sweepInstances(const SweepGrid& grid, std::vector<SweepInstance>& out, std::string& error);

/// Parses "4,5,6", "0:9" (inclusive) or a mix ("0:4,9") into integers ≥ `min`, in the given
/// order. Returns false and names the bad item in `error`; an empty list is an error too.
bool parseIntegerList(const std::string& text, long long min, std::vector<long long>& out,
                      std::string& error);

}  // namespace smip
