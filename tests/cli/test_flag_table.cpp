// Tests of the CLI's flag table (app/cli/flag_table.h): one declaration gives the help line with
// the core struct's default, the allowed list and the parsing; values land in the targets;
// unknown flags, malformed values and values out of range are refused naming the flag.
#include <QtTest>

#include <cstdint>
#include <iostream>
#include <sstream>

#include "app/cli/flag_table.h"

using namespace smip::cli;

namespace {

struct Config {  // stands in for a core config struct with its defaults
    double epsilon = 0.0;
    double timeLimit = 60.0;
    int threads = 1;
    std::uint64_t seed = 0;
    std::string formulation = "tight";
    bool quiet = false;
    std::string out;
};

struct Parsed {
    Config config;
    int code = -1;
    std::string err, out;
};

Parsed parse(const std::vector<std::string>& argv) {
    Parsed p;
    FlagTable flags("usage: sparsemip demo [options]");
    flags.number("epsilon", "E", "fit tolerance", p.config.epsilon, 0.0)
        .number("time-limit", "S", "wall-clock seconds", p.config.timeLimit, 1e-3, 1e9)
        .integer("threads", "N", "CBC threads", p.config.threads, 1, 64)
        .integer("seed", "S", "random seed", p.config.seed)
        .choice("formulation", "which formulation", p.config.formulation, {"published", "tight"})
        .toggle("quiet", "no progress lines", p.config.quiet)
        .text("json", "FILE", "write the result as JSON", p.config.out);
    std::stringstream err, out;
    auto* oldErr = std::cerr.rdbuf(err.rdbuf());
    auto* oldOut = std::cout.rdbuf(out.rdbuf());
    p.code = flags.parse(argv, "demo");
    std::cerr.rdbuf(oldErr);
    std::cout.rdbuf(oldOut);
    p.err = err.str();
    p.out = out.str();
    return p;
}

}  // namespace

class TestFlagTable : public QObject {
    Q_OBJECT
  private slots:
    void valuesLandInTheTargets() {
        const Parsed p = parse({"--epsilon", "0.25", "--threads=4", "--seed", "7", "--quiet",
                                "--formulation", "published", "--json", "r.json"});
        QCOMPARE(p.code, -1);
        QCOMPARE(p.config.epsilon, 0.25);
        QCOMPARE(p.config.threads, 4);
        QCOMPARE(p.config.seed, std::uint64_t(7));
        QVERIFY(p.config.quiet);
        QCOMPARE(p.config.formulation, std::string("published"));
        QCOMPARE(p.config.out, std::string("r.json"));
        QCOMPARE(p.config.timeLimit, 60.0);  // not given: the struct's default stays
    }

    void helpShowsEveryFlagWithTheStructsDefault() {
        const Parsed p = parse({"--help"});
        QCOMPARE(p.code, 0);
        QVERIFY(p.out.starts_with("usage: sparsemip demo [options]"));
        for (const char* line : {"--time-limit S", "wall-clock seconds (default 60)", "--threads N",
                                 "CBC threads (default 1)", "--formulation published|tight",
                                 "(default tight)", "--quiet", "--json FILE"})
            QVERIFY2(p.out.find(line) != std::string::npos, line);
        QVERIFY(p.out.find("--quiet              no progress lines\n") != std::string::npos);
    }

    void badInputIsRefusedNamingTheFlag() {
        struct Case {
            std::vector<std::string> argv;
            const char* message;
        };
        const std::vector<Case> cases{
            {{"--bogus", "1"}, "unknown flag --bogus"},
            {{"--threads", "0"}, "--threads must be between 1 and 64, got 0"},
            {{"--threads", "two"}, "--threads expects an integer, got 'two'"},
            {{"--epsilon", "-1"}, "--epsilon must be between 0 and inf, got -1"},
            {{"--time-limit", "nan"}, "--time-limit expects a finite number, got 'nan'"},
            {{"--seed", "-3"}, "--seed must be >= 0, got -3"},
            {{"--formulation", "loose"}, "--formulation must be one of published|tight"},
            {{"stray"}, "unexpected argument 'stray'"},
        };
        for (const Case& c : cases) {
            const Parsed p = parse(c.argv);
            QCOMPARE(p.code, 2);
            QVERIFY2(p.err.starts_with("sparsemip demo: "), p.err.c_str());
            QVERIFY2(p.err.find(c.message) != std::string::npos, p.err.c_str());
        }
    }

    void epilogueFollowsTheFlagList() {
        double limit = 30.0;
        FlagTable flags("usage: sparsemip demo");
        flags.positive("time-limit", "S", "seconds", limit).epilogue("exit codes: ...\n");
        const std::string help = flags.helpText();
        QCOMPARE(flags.parse({"--time-limit", "0"}, "demo"), 2);
        QCOMPARE(flags.parse({"--time-limit", "1e-4"}, "demo"), -1);
        QCOMPARE(limit, 1e-4);
        QVERIFY(help.ends_with("  --help               this text\nexit codes: ...\n"));
        QVERIFY(help.find("seconds (default 30)") != std::string::npos);
    }

    void formatDefaultIsShortAndExact() {
        QCOMPARE(formatDefault(0.005), std::string("0.005"));
        QCOMPARE(formatDefault(100000), std::string("100000"));
        QCOMPARE(formatDefault(1e-6), std::string("1e-06"));
    }
};

QTEST_MAIN(TestFlagTable)
#include "test_flag_table.moc"
