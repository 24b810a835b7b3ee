// writeMps / readMps / readLp through COIN's CoinMpsIO and CoinLpIO. OsiClp's writeMps would append
// ".gz"; CoinMpsIO writes plain text to a temporary file that we then publish atomically.
#include <unistd.h>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include <coin/CoinError.hpp>
#include <coin/CoinFinite.hpp>
#include <coin/CoinLpIO.hpp>
#include <coin/CoinMessageHandler.hpp>
#include <coin/CoinMpsIO.hpp>
#include <coin/CoinPackedMatrix.hpp>

#include "core/common/atomic_file.h"
#include "core/milp/cbc_problem_data.h"
#include "core/milp/milp_file_io.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_validation.h"
#include "core/milp/mps_precheck.h"

namespace smip {
namespace {

double fromCoin(double v) {
    if (v >= COIN_DBL_MAX || v >= 1e30) return kInf;
    if (v <= -COIN_DBL_MAX || v <= -1e30) return -kInf;
    return v;
}

std::filesystem::path scratchPath(const char* ext) {
    static std::atomic<int> counter{0};
    return std::filesystem::temp_directory_path() /
           ("sparsemip-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ext);
}

// Fills `problem` (Minimize) from reader data shared by CoinMpsIO and CoinLpIO.
template <class Reader>
void fillFromReader(const Reader& in, MilpProblem& problem, double offset) {
    problem = {};
    problem.sense = ObjectiveSense::Minimize;
    problem.objectiveOffset = offset;
    const int n = in.getNumCols();
    const double* lo = in.getColLower();
    const double* up = in.getColUpper();
    const double* obj = in.getObjCoefficients();
    for (int j = 0; j < n; ++j)
        problem.addColumn(in.columnName(j), fromCoin(lo[j]), fromCoin(up[j]), obj[j],
                          in.isInteger(j));
    const CoinPackedMatrix* m = in.getMatrixByRow();
    const double* rlo = in.getRowLower();
    const double* rup = in.getRowUpper();
    for (int i = 0; i < in.getNumRows(); ++i) {
        const CoinShallowPackedVector v = m->getVector(i);
        std::vector<int> idx(v.getIndices(), v.getIndices() + v.getNumElements());
        std::vector<double> val(v.getElements(), v.getElements() + v.getNumElements());
        problem.addRow(in.rowName(i), std::move(idx), std::move(val), fromCoin(rlo[i]),
                       fromCoin(rup[i]));
    }
}

// A CoinMpsIO message without its "Coin3002W " number and with "Bad image" (a card it cannot
// parse) in plain words.
std::string plainWords(std::string message) {
    if (message.rfind("Coin", 0) == 0 && message.find(' ') == 9) message.erase(0, 10);
    if (message.rfind("Bad image", 0) == 0) message.replace(0, 9, "cannot parse the card");
    return message;
}

// COIN's infinity is 1e30: larger coefficients (1e309 reads as DBL_MAX) are overflow, not data, and
// make CBC abandon the run.
std::string hugeCoefficientProblem(const MilpProblem& p) {
    const auto shown = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", v);
        return std::string(buf);
    };
    for (const MilpColumn& c : p.columns)
        if (std::abs(c.cost) >= 1e30)
            return "column '" + c.name + "' has objective coefficient " + shown(c.cost) +
                   " (|value| >= 1e30)";
    for (const MilpRow& r : p.rows)
        for (std::size_t k = 0; k < r.coefs.size(); ++k)
            if (std::abs(r.coefs[k]) >= 1e30)
                return "row '" + r.name + "' has coefficient " + shown(r.coefs[k]) +
                       " for column '" + p.columns[static_cast<std::size_t>(r.indices[k])].name +
                       "' (|value| >= 1e30)";
    return {};
}

// Collects CoinMpsIO's warnings and errors, which it would otherwise print to stdout whatever the
// log level, so that a refused file's message quotes the first one ("Bad image at line 7 <...>").
class MpsMessageCapture : public CoinMessageHandler {
  public:
    int print() override {
        if (currentMessage().externalNumber() >= 3000 && count_++ == 0)
            first_ = plainWords(printableExcerpt(messageBuffer(), 160));
        return 0;
    }
    // Messages numbered 9000 and up would abort(): a bad file is an error message, not a crash.
    void checkSeverity() override {}
    CoinMessageHandler* clone() const override { return new MpsMessageCapture(*this); }
    /// ": <first message>" plus how many more; CoinMpsIO's error count when none was captured.
    std::string summary(int errors) const {
        if (count_ == 0) return " (" + std::to_string(errors) + " errors)";
        std::string out = ": " + first_;
        if (count_ > 1) out += " (and " + std::to_string(count_ - 1) + " more problems)";
        return out;
    }

  private:
    std::string first_;
    int count_ = 0;
};

}  // namespace

std::string writeMps(const MilpProblem& p, const std::string& path) {
    if (auto error = validateMilpProblem(p); !error.empty()) return "invalid problem: " + error;
    const auto tmp = scratchPath(".mps");
    std::string content, error;
    try {
        const CbcProblemData d = toCbcProblemData(p);
        CoinMpsIO mps;
        mps.messageHandler()->setLogLevel(0);
        mps.setMpsData(d.matrix(), COIN_DBL_MAX, d.colLower.data(), d.colUpper.data(),
                       d.cost.data(), d.integrality.data(), d.rowLower.data(), d.rowUpper.data(),
                       d.colNames, d.rowNames);
        // Minimization form: sign * (c·x + offset). MPS states a constant K as the objective
        // row's RHS −K (CoinMpsIO's offset, which Clp and the cbc program subtract; CPLEX and
        // HiGHS read it the same way).
        mps.setObjectiveOffset(-d.sign * d.offset);
        std::string name = p.name;
        for (char& c : name)
            if (c == ' ' || c == '\t') c = '_';
        mps.setProblemName(name.empty() ? "model" : name.c_str());
        // formatType 1: extra accuracy, so a round trip reproduces the coefficients.
        if (mps.writeMps(tmp.c_str(), 0, 1, 2) != 0)
            error = "CoinMpsIO could not write " + tmp.string();
        if (error.empty()) readWholeFile(tmp.string(), content, error);
    } catch (const CoinError& e) {
        error = "MPS export failed: " + e.message();
    }
    std::error_code ec;
    std::filesystem::remove(tmp, ec);
    if (!error.empty()) return error;
    std::string header = "* SparseMIP Studio export of '" + p.name + "'\n";
    if (p.sense == ObjectiveSense::Maximize)
        header +=
            "* NOTE: the original problem MAXIMIZES; MPS readers ignore OBJSENSE, so the "
            "objective\n"
            "* below is negated: minimize it, then negate the optimum to get the original value.\n";
    return writeFileAtomically(path, header + content);
}

std::string readMps(const std::string& path, MilpProblem& problem) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return "MPS path is a directory, not a file: " + path;
    if (!std::filesystem::is_regular_file(path, ec)) return "MPS file not found: " + path;
    if (auto bad = mpsPrecheckProblem(path); !bad.empty()) return bad;
    try {
        MpsMessageCapture messages;
        CoinMpsIO mps;
        mps.passInMessageHandler(&messages);
        const int errors = mps.readMps(path.c_str(), "");
        if (errors != 0) return "could not read MPS file " + path + messages.summary(errors);
        if (mps.getNumCols() == 0) return "MPS file " + path + " has no columns (variables)";
        fillFromReader(mps, problem, -mps.objectiveOffset());  // RHS −K: constant K
        const char* name = mps.getProblemName();
        problem.name = name && *name ? name : "model";
    } catch (const CoinError& e) {
        return "could not read MPS file " + path + ": " + e.message();
    }
    // CoinMpsIO accepts some files our solver path refuses (a column name given twice, say).
    std::string bad = validateMilpProblem(problem);
    if (bad.empty()) bad = hugeCoefficientProblem(problem);
    if (!bad.empty()) {
        problem = {};
        return "MPS file " + path + " describes an invalid problem: " + bad;
    }
    return {};
}

std::string readLp(const std::string& path, MilpProblem& problem) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return "LP file not found: " + path;
    try {
        CoinLpIO lp;
        lp.messageHandler()->setLogLevel(0);
        lp.readLp(path.c_str());
        fillFromReader(lp, problem, lp.objectiveOffset());
        problem.name = lp.getProblemName() ? lp.getProblemName() : "model";
    } catch (const CoinError& e) {
        return "could not read LP file " + path + ": " + e.message();
    }
    return {};
}

}  // namespace smip
