#include "core/milp/milp_model_files.h"

#include <cctype>

#include "core/milp/milp_file_io.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_start_file.h"
#include "core/milp/milp_validation.h"

namespace smip {
namespace {

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The path without a trailing ".mps" or ".lp".
std::string baseOf(const std::string& path, const std::string& ext) {
    return endsWith(path, ext) ? path.substr(0, path.size() - ext.size()) : path;
}

std::string solvePath(const std::string& path, const std::string& ext, const std::string& solve) {
    if (path.empty() || solve.empty()) return path;
    return baseOf(path, ext) + "-" + fileSafeSolveName(solve) + ext;
}

}  // namespace

std::string fileSafeSolveName(const std::string& solve) {
    std::string out = solve;
    for (char& c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            c = '_';
    return out;
}

MilpModelFiles modelFilesForSolve(const MilpModelFiles& files, const std::string& solve) {
    return {solvePath(files.mps, ".mps", solve), solvePath(files.lp, ".lp", solve)};
}

std::string mipStartPathFor(const std::string& modelPath) {
    if (endsWith(modelPath, ".mps")) return baseOf(modelPath, ".mps") + ".mst";
    if (endsWith(modelPath, ".lp")) return baseOf(modelPath, ".lp") + ".mst";
    return modelPath + ".mst";
}

std::string writeMilpModelFiles(const MilpModelFiles& given, const std::string& solve,
                                const MilpProblem& problem, const std::vector<double>& start,
                                std::vector<std::string>* written) {
    const MilpModelFiles files = modelFilesForSolve(given, solve);
    const auto note = [written](const std::string& path) {
        if (written) written->push_back(path);
    };
    std::string mpsStart;
    if (!files.mps.empty()) {
        if (std::string e = writeMps(problem, files.mps); !e.empty()) return e;
        note(files.mps);
        if (!start.empty()) {
            mpsStart = mipStartPathFor(files.mps);
            if (std::string e = writeMipStart(problem, start, mpsStart, MilpFileFormat::Mps);
                !e.empty())
                return e;
            note(mpsStart);
        }
    }
    if (!files.lp.empty()) {
        if (std::string e = writeLp(problem, files.lp); !e.empty()) return e;
        note(files.lp);
        if (!start.empty()) {
            std::string lpStart = mipStartPathFor(files.lp);
            // One start serves both files when their column names agree; else the LP gets its own.
            if (lpStart == mpsStart && lpColumnNames(problem) != solverColumnNames(problem))
                lpStart = files.lp + ".mst";
            if (lpStart != mpsStart) {
                if (std::string e = writeMipStart(problem, start, lpStart, MilpFileFormat::Lp);
                    !e.empty())
                    return e;
                note(lpStart);
            }
        }
    }
    return {};
}

}  // namespace smip
