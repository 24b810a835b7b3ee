// Fuzzes MPS reading (core/milp: readMps with its structure pre-check, CoinMpsIO behind it,
// milp_validation) with mutants of tests/fuzz/corpus/mps. Properties on every input: no crash,
// nothing thrown out of readMps; a rejected file gets a non-empty message that names the file
// and holds no raw control bytes; an accepted file gives a MilpProblem that passes
// validateMilpProblem (indices in range, coefficients finite, bounds not NaN and ordered) with at
// least one column.
// Usage: fuzz_mps --iterations K | --seconds S [--seed N] [--corpus DIR] [--out DIR]
// (`--corpus DIR --iterations 0` replays the files in DIR, e.g. a saved failure).
#include <fstream>
#include <string>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_validation.h"
#include "tests/fuzz/fuzz_driver.h"

namespace {

std::string messageProblem(const std::string& error, const std::string& path) {
    if (error.find(path) == std::string::npos) return "error does not name the file: " + error;
    for (const char ch : error) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            return "error message has a raw control byte: " + error;
    }
    return {};
}

std::string checkMps(const std::string& input) {
    // readMps reads a path: the input goes to the driver's scratch file (left behind on a crash).
    const std::string& path = smip::fuzz::scratchInputPath();
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << input;
        if (!out) return "cannot write the scratch file " + path;
    }
    smip::MilpProblem problem;
    const std::string error = smip::readMps(path, problem);
    if (!error.empty()) return messageProblem(error, path);
    if (problem.columns.empty()) return "accepted a problem without columns";
    if (auto bad = smip::validateMilpProblem(problem); !bad.empty())
        return "accepted an invalid problem: " + bad;
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    smip::fuzz::Harness h{"mps", ".mps",  SPARSEMIP_FUZZ_CORPUS_MPS, SPARSEMIP_FUZZ_OUT,
                          {},    checkMps};
    // MPS cards: section keywords, row types, bound types, integer markers, and free-format
    // spacing that moves fields between columns.
    h.tokens = {"NAME",
                "ROWS",
                "COLUMNS",
                "RHS",
                "RANGES",
                "BOUNDS",
                "ENDATA",
                "OBJSENSE",
                "OBJSENSE\n    MAX\n",
                "MARKER",
                "'MARKER'",
                "'INTORG'",
                "'INTEND'",
                "SOS",
                " N ",
                " E ",
                " L ",
                " G ",
                " UP ",
                " LO ",
                " FX ",
                " FR ",
                " MI ",
                " PL ",
                " BV ",
                " LI ",
                " UI ",
                " SC ",
                "COST",
                "R1",
                "X",
                "BND",
                "RHS ",
                "\nENDATA\n",
                "\nROWS\n",
                "\nCOLUMNS\n",
                "\nRHS\n",
                "\nBOUNDS\n",
                "\nRANGES\n",
                "    X         R1           1.0\n",
                " UP BND       X            -5\n",
                " G  R9\n",
                "*comment\n",
                "NAME\n",
                "          ",
                "1e30",
                "-1e30",
                "1e+300"};
    return smip::fuzz::runHarness(h, argc, argv);
}
