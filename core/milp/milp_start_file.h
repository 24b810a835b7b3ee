#pragma once
// A MIP start as a file beside an exported model, in the form the `cbc` program reads with
// `-mipstart FILE` (CBC 2.10's CbcMipStartIO, the format of its own `-solution` files): one line
// "index name value" per column; lines whose first field is not a number are ignored, so the
// header lines below are comments to CBC. CBC matches the values to the model's columns by name,
// rounds the integer ones, fixes them and solves an LP for the rest.
#include <string>
#include <utility>
#include <vector>

#include "core/milp/milp_problem.h"

namespace smip {

/// Which exported file the start goes with: its column names are the ones in that file
/// (solverColumnNames for MPS, lpColumnNames for LP) and its objective is in that file's sense
/// (MPS: minimization, a maximization negated; LP: the problem's own).
enum class MilpFileFormat { Mps, Lp };

/// The start file's text. Empty string and `error` set when `start` does not hold one finite value
/// per column or a name is too long for CBC's reader (lines of at most 255 characters). Any thread.
std::string mipStartText(const MilpProblem& problem, const std::vector<double>& start,
                         MilpFileFormat format, std::string& error);

/// Writes mipStartText to `path` atomically. Empty on success, else a message naming the path.
std::string writeMipStart(const MilpProblem& problem, const std::vector<double>& start,
                          const std::string& path, MilpFileFormat format = MilpFileFormat::Mps);

/// Reads a start file as CBC's reader does: the (name, value) pairs of its value lines. Empty on
/// success, else a message. For round-trip checks. Any thread.
std::string readMipStart(const std::string& path,
                         std::vector<std::pair<std::string, double>>& values);

}  // namespace smip
