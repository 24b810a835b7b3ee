// writeLp: the CPLEX-LP text is produced here rather than by CoinLpIO, whose file-name overload
// exit(1)s when the file cannot be opened and which cannot state a maximization.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>

#include "core/common/atomic_file.h"
#include "core/milp/milp_file_io.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_validation.h"

namespace smip {
namespace {

bool isKeyword(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::set<std::string> keys = {
        "min",     "max",      "minimize", "maximize", "minimum",  "maximum",
        "st",      "s.t.",     "st.",      "subject",  "to",       "such",
        "that",    "bound",    "bounds",   "general",  "generals", "gen",
        "integer", "integers", "binary",   "binaries", "bin",      "end",
        "free",    "inf",      "infinity", "semi",     "semis",    "semi-continuous"};
    return keys.count(s) > 0;
}

std::string lpName(const std::string& name) {
    static const std::string extra = "!#$%&().;?@_'`{}~";
    std::string out;
    for (char c : name)
        out += (std::isalnum(static_cast<unsigned char>(c)) || extra.find(c) != std::string::npos)
                   ? c
                   : '_';
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])) || out[0] == '.')
        out = "n" + out;
    if (isKeyword(out)) out += "_";
    return out.substr(0, 96);  // CoinLpIO: ≤ 100 characters, "_low" may be appended
}

std::vector<std::string> lpNames(const std::vector<std::string>& raw, char fallback) {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    bool clash = false;
    for (const auto& n : raw) {
        out.push_back(lpName(n));
        clash =
            clash || !seen.insert(out.back()).second || !seen.insert(out.back() + "_low").second;
    }
    if (clash)
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = fallback + std::to_string(i);
    return out;
}

std::string num(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

void writeTerm(std::ostringstream& out, double coef, const std::string& name, bool first,
               int& onLine) {
    if (coef == 0.0) return;
    out << (coef < 0 ? " - " : (first ? " " : " + "));
    const double a = coef < 0 ? -coef : coef;
    if (a != 1.0) out << num(a) << ' ';
    out << name;
    if (++onLine % 8 == 0) out << "\n";
}

void writeRowBody(std::ostringstream& out, const MilpRow& r, const std::vector<std::string>& cols) {
    int onLine = 0;
    bool first = true;
    for (std::size_t k = 0; k < r.indices.size(); ++k) {
        if (r.coefs[k] == 0.0) continue;
        writeTerm(out, r.coefs[k], cols[static_cast<std::size_t>(r.indices[k])], first, onLine);
        first = false;
    }
    if (first) out << " 0 " << cols.front();  // an empty row still needs a linear expression
}

}  // namespace

std::vector<std::string> lpColumnNames(const MilpProblem& p) {
    return lpNames(solverColumnNames(p), 'x');
}
std::vector<std::string> lpRowNames(const MilpProblem& p) {
    return lpNames(solverRowNames(p), 'c');
}

std::string writeLp(const MilpProblem& p, const std::string& path) {
    if (auto error = validateMilpProblem(p); !error.empty()) return "invalid problem: " + error;
    if (p.columns.empty()) return "cannot write an LP file for a problem without columns";
    const auto cols = lpColumnNames(p);
    const auto rows = lpRowNames(p);
    std::ostringstream out;
    out << "\\ Problem: " << p.name << "\n\\ Written by SparseMIP Studio: " << p.columns.size()
        << " columns, " << p.rows.size() << " rows, " << p.integerCount() << " integer\n";
    out << (p.sense == ObjectiveSense::Maximize ? "Maximize\n" : "Minimize\n") << " obj:";
    int onLine = 0;
    bool first = true;
    for (std::size_t j = 0; j < p.columns.size(); ++j) {
        if (p.columns[j].cost == 0.0) continue;
        writeTerm(out, p.columns[j].cost, cols[j], first, onLine);
        first = false;
    }
    if (first) out << " 0 " << cols.front();
    // CoinLpIO reads a constant only as the objective's last term.
    if (p.objectiveOffset != 0.0)
        out << (p.objectiveOffset < 0 ? " - " : " + ") << num(std::abs(p.objectiveOffset));
    out << "\nSubject To\n";
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const MilpRow& r = p.rows[i];
        if (r.lower == -kInf && r.upper == kInf) continue;  // free row: no constraint
        if (r.lower == r.upper) {
            out << " " << rows[i] << ":";
            writeRowBody(out, r, cols);
            out << " = " << num(r.upper) << "\n";
            continue;
        }
        if (r.upper < kInf) {
            out << " " << rows[i] << ":";
            writeRowBody(out, r, cols);
            out << " <= " << num(r.upper) << "\n";
        }
        if (r.lower > -kInf) {
            out << " " << rows[i] << (r.upper < kInf ? "_low:" : ":");
            writeRowBody(out, r, cols);
            out << " >= " << num(r.lower) << "\n";
        }
    }
    out << "Bounds\n";
    for (std::size_t j = 0; j < p.columns.size(); ++j) {
        const MilpColumn& c = p.columns[j];
        if (c.lower == -kInf && c.upper == kInf)
            out << " " << cols[j] << " free\n";
        else if (c.lower == -kInf)
            out << " -inf <= " << cols[j] << " <= " << num(c.upper) << "\n";
        else if (c.upper == kInf) {
            if (c.lower != 0.0) out << " " << cols[j] << " >= " << num(c.lower) << "\n";
        } else
            out << " " << num(c.lower) << " <= " << cols[j] << " <= " << num(c.upper) << "\n";
    }
    if (p.integerCount() > 0) {
        out << "Generals\n";
        int n = 0;
        for (std::size_t j = 0; j < p.columns.size(); ++j)
            if (p.columns[j].integer)
                out << (n++ % 8 == 0 ? (n == 1 ? " " : "\n ") : " ") << cols[j];
        out << "\n";
    }
    out << "End\n";
    return writeFileAtomically(path, out.str());
}

}  // namespace smip
