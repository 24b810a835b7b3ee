// What the CLI reports and how it exits: one exit-code convention (0 result, 1 failed, 2 bad
// command line, 3 infeasible/unbounded, 130 interrupted), solver outcomes never misreported
// (unbounded is not infeasible; a verified start is never thrown away), bad inputs (crafted MPS,
// directories, bad flags, oversized training) refused with a message naming the problem.
#include <QtTest>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_process.h"

using smip::test::CliRun;
using smip::test::runCli;

namespace {

// min -x s.t. x >= 1, x integer, no upper bound: unbounded.
const char* kUnboundedMps =
    "NAME          UNB\n"
    "ROWS\n"
    " N  COST\n"
    " G  R1\n"
    "COLUMNS\n"
    "    MARKER                 'MARKER'                 'INTORG'\n"
    "    X         COST        -1.0   R1           1.0\n"
    "    MARKER                 'MARKER'                 'INTEND'\n"
    "RHS\n"
    "    RHS       R1           1.0\n"
    "BOUNDS\n"
    " PL BND       X\n"
    "ENDATA\n";

// x >= 2 and x <= 1: infeasible.
const char* kInfeasibleMps =
    "NAME          INF\n"
    "ROWS\n"
    " N  COST\n"
    " G  R1\n"
    " L  R2\n"
    "COLUMNS\n"
    "    X         COST         1.0   R1           1.0\n"
    "    X         R2           1.0\n"
    "RHS\n"
    "    RHS       R1           2.0   R2           1.0\n"
    "ENDATA\n";

// min x s.t. x >= 1.5, x integer in [0, 10] (without the bound MPS makes it binary): optimum 2.
const char* kFeasibleMps =
    "NAME          FEAS\n"
    "ROWS\n"
    " N  COST\n"
    " G  R1\n"
    "COLUMNS\n"
    "    MARKER                 'MARKER'                 'INTORG'\n"
    "    X         COST         1.0   R1           1.0\n"
    "    MARKER                 'MARKER'                 'INTEND'\n"
    "RHS\n"
    "    RHS       R1           1.5\n"
    "BOUNDS\n"
    " UP BND       X            10.0\n"
    "ENDATA\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(content);
    return path;
}

nlohmann::json readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return nullptr;
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

QByteArray describe(const CliRun& r) {
    return QString("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

}  // namespace

class TestCliOutcomes : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

  private slots:
    void initTestCase() {
        if (!QFileInfo::exists(smip::test::cliPath()))
            QFAIL("SPARSEMIP_CLI is not set or not built (run through ctest)");
    }

    void solveExitCodes_data() {
        QTest::addColumn<QByteArray>("mps");
        QTest::addColumn<bool>("bare");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("optimal") << QByteArray(kFeasibleMps) << false << "optimal" << 0;
        QTest::newRow("optimal bare") << QByteArray(kFeasibleMps) << true << "optimal" << 0;
        QTest::newRow("infeasible") << QByteArray(kInfeasibleMps) << false << "infeasible" << 3;
        QTest::newRow("infeasible bare") << QByteArray(kInfeasibleMps) << true << "infeasible" << 3;
        QTest::newRow("unbounded") << QByteArray(kUnboundedMps) << false << "unbounded" << 3;
        QTest::newRow("unbounded bare") << QByteArray(kUnboundedMps) << true << "unbounded" << 3;
    }
    void solveExitCodes() {
        QFETCH(QByteArray, mps);
        QFETCH(bool, bare);
        QFETCH(QString, status);
        QFETCH(int, code);
        const QString path = writeFile(dir_, QString(QTest::currentDataTag()) + ".mps", mps);
        const QString json = dir_.filePath(QString(QTest::currentDataTag()) + ".json");
        QStringList args{"solve", "--mps", path, "--log-level", "0", "--json", json};
        if (bare) args << "--bare";
        const CliRun r = runCli(args);
        QVERIFY2(r.out.contains("status: " + status + " "), describe(r));
        QVERIFY2(r.code == code, describe(r));
        QCOMPARE(QString::fromStdString(readJson(json)["status"].get<std::string>()), status);
    }

    void sparsestExitCodes() {
        // The reachability pre-check proves this infeasible: exit 3, as for `solve`.
        const CliRun infeasible =
            runCli({"sparsest", "--w-bound", "0.001", "--b-bound", "0.001", "--quiet"});
        QVERIFY2(infeasible.code == 3 && infeasible.out.contains("status: infeasible"),
                 describe(infeasible));
        const CliRun optimal = runCli({"sparsest", "--n", "4", "--d", "3", "--quiet"});
        QVERIFY2(optimal.code == 0 && optimal.out.contains("status: optimal"), describe(optimal));
        const CliRun usage = runCli({"sparsest", "--w-bound", "x"});
        QVERIFY2(usage.code == 2, describe(usage));
    }

    void helpDocumentsExitCodes_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"solve", "sparsest", "perceptron", "miptrain", "train"})
            QTest::newRow(c) << QString(c);
    }
    void helpDocumentsExitCodes() {
        QFETCH(QString, command);
        const CliRun r = runCli({command, "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("exit codes") && r.out.contains("130  interrupted") &&
                     r.out.contains("3    no optimum exists"),
                 describe(r));
    }

    // Commands whose flags come from one table (app/cli/flag_table.h): --help lists every flag the
    // command accepts with the core config struct's default, and nothing else is accepted.
    void helpListsEveryFlag_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("defaultShown");  // a help line's tail showing a core default
        QTest::newRow("solve") << "solve"
                               << QStringList{"mps",       "time-limit", "threads", "gap",
                                              "log-level", "json",       "bare",    "quiet"}
                               << "wall-clock limit in seconds (default 60)";
        QTest::newRow("perceptron") << "perceptron"
                                    << QStringList{"dataset",
                                                   "n",
                                                   "noise",
                                                   "target",
                                                   "hidden",
                                                   "sparsity",
                                                   "weights-factor",
                                                   "activations-factor",
                                                   "neurons-factor",
                                                   "max-weights",
                                                   "integer",
                                                   "integer-bound",
                                                   "nonnegative",
                                                   "weight-bound",
                                                   "margin",
                                                   "test-fraction",
                                                   "train-fraction",
                                                   "max-train",
                                                   "start-restarts",
                                                   "polish",
                                                   "pattern-bound",
                                                   "time-limit",
                                                   "seed",
                                                   "milp-process",
                                                   "force",
                                                   "log",
                                                   "json",
                                                   "mps",
                                                   "lp"}
                                    << "hidden perceptrons (default 8)";
        QTest::newRow("perceptron-study")
            << "perceptron-study"
            << QStringList{"dataset",    "n",          "noise",       "target",    "repeats",
                           "hidden",     "factor",     "time-limit",  "max-train", "epochs",
                           "l1",         "no-integer", "no-baseline", "seed",      "milp-process",
                           "in-process", "csv",        "json",        "workers",   "mps",
                           "lp"}
            << "seconds per MILP solve (default 30)";
        QTest::newRow("miptrain") << "miptrain"
                                  << QStringList{"dataset",
                                                 "n",
                                                 "arch",
                                                 "activation",
                                                 "loss",
                                                 "method",
                                                 "hybrid-start",
                                                 "blocks",
                                                 "iterations",
                                                 "block-time-limit",
                                                 "step",
                                                 "consensus",
                                                 "time-limit",
                                                 "weight-bound",
                                                 "margin",
                                                 "class-margin",
                                                 "partitions",
                                                 "sparsity",
                                                 "epochs",
                                                 "learning-rate",
                                                 "no-reference",
                                                 "mip-start",
                                                 "seed",
                                                 "milp-process",
                                                 "force",
                                                 "log",
                                                 "json",
                                                 "mps",
                                                 "lp"}
                                  << "Lagrangian iterations (default 50)";
        QTest::newRow("attack") << "attack"
                                << QStringList{"model",   "train-digits", "hidden",
                                               "epochs",  "seed",         "sample",
                                               "margin",  "query",        "formulations",
                                               "tighten", "time-limit",   "milp-process",
                                               "quiet",   "json",         "mps",
                                               "lp"}
                                << "seconds per formulation (default 120)";
        QTest::newRow("sweep")
            << "sweep"
            << QStringList{"kinds",        "n",          "d",        "seeds",   "regularizers",
                           "epochs",       "time-limit", "out",      "csv",     "json",
                           "workers",      "plan",       "instance", "collect", "quiet",
                           "milp-process", "force"}
            << "training epochs per regularizer (default 100000)";
        QTest::newRow("mlp-train")
            << "mlp-train" << QStringList{"dataset", "hidden",  "epochs", "batch", "lr",
                                          "seed",    "scaling", "out",    "onnx",  "onnx-double"}
            << "training epochs (default 30)";
    }
    void helpListsEveryFlag() {
        QFETCH(QString, command);
        QFETCH(QStringList, flags);
        QFETCH(QString, defaultShown);
        const CliRun help = runCli({command, "--help"});
        QVERIFY2(help.code == 0, describe(help));
        for (const QString& flag : flags)
            QVERIFY2(
                help.out.contains("  --" + flag + " ") || help.out.contains("  --" + flag + "\n"),
                qPrintable(flag + "\n" + describe(help)));
        QVERIFY2(help.out.contains(defaultShown), describe(help));
        // Every "  --name" in the help is accepted (--help aside), and only those.
        QCOMPARE(help.out.count(QRegularExpression("^  --", QRegularExpression::MultilineOption)),
                 flags.size() + 1);
        const CliRun unknown = runCli({command, "--no-such-flag", "1"});
        QVERIFY2(unknown.code == 2 && unknown.err.contains("unknown flag --no-such-flag"),
                 describe(unknown));
    }

    void hugeBoundKeepsTheVerifiedStart() {
        // At |w| <= 1e20 CBC called this data infeasible although the rank bound's witness (a
        // verified 7-nonzero network) was its MIP start; the rank bound proves it optimal.
        const QString json = dir_.filePath("huge.json");
        const CliRun r = runCli({"sparsest", "--w-bound", "1e20", "--quiet", "--json", json});
        QVERIFY2(r.code == 0, describe(r));
        QVERIFY2(r.err.contains("warning") && r.err.contains("1e+12"), describe(r));
        const auto j = readJson(json);
        QCOMPARE(j["status"].get<std::string>(), std::string("optimal"));
        QCOMPARE(j["verified_nonzeros"].get<int>(), 7);
        QVERIFY(j["verification"]["passed"].get<bool>());
    }

    void hugeBoundIsNeverCalledInfeasible() {
        // Without a start CBC's "infeasible" stands alone, and at such bounds it proves nothing:
        // reported as an error that names the bounds, never as infeasibility.
        const CliRun r = runCli({"sparsest", "--w-bound", "1e20", "--rank-bound", "off", "--quiet",
                                 "--time-limit", "30"});
        QVERIFY2(!r.out.contains("status: infeasible") && r.code == 1, describe(r));
        QVERIFY2(r.err.contains("CBC reported the model infeasible, but bounds |w| <= 1e+20") &&
                     r.err.contains("lower the bounds"),
                 describe(r));
    }

    void craftedMpsIsRefused() {
        // 20 bytes that made CoinUtils' reader request a negative-size allocation.
        const QString path = writeFile(dir_, "crafted.mps", "ROWS\nCOLUMNS\nENDATA\n");
        QCOMPARE(QFileInfo(path).size(), qint64(20));
        const CliRun r = runCli({"solve", "--mps", path});
        QVERIFY2(r.code == 1, describe(r));
        QVERIFY2(r.err.contains("does not start with a NAME card"), describe(r));
        QVERIFY2(!r.out.contains("status:"), describe(r));
    }

    void directoryIsNotAFile() {
        const CliRun r = runCli({"solve", "--mps", dir_.path()});
        QVERIFY2(r.code == 1 && r.err.contains("is a directory"), describe(r));
    }

    void unknownFlagLastIsUnknown() {
        const CliRun unknown = runCli({"solve", "--mps", "x.mps", "--bogus"});
        QVERIFY2(unknown.code == 2 && unknown.err.contains("unknown flag --bogus"),
                 describe(unknown));
        const CliRun missing = runCli({"solve", "--mps"});
        QVERIFY2(missing.code == 2 && missing.err.contains("flag --mps needs a value"),
                 describe(missing));
    }

    void perceptronBadHiddenPrintsNoModel() {
        const CliRun r = runCli({"perceptron", "--dataset", "iris", "--hidden", "-1"});
        QVERIFY2(r.code == 2, describe(r));
        QVERIFY2(r.out.isEmpty(), describe(r));
        QVERIFY2(r.err.contains("hidden units must be in 1..1000, got -1"), describe(r));
    }

    // --pattern-bound: off leaves the enumeration out (and says so in JSON); a bad value is
    // refused before anything runs.
    void perceptronPatternBoundFlag() {
        const QString json = dir_.filePath("pattern-off.json");
        const CliRun off = runCli({"perceptron", "--dataset", "moons", "--n", "24", "--hidden", "2",
                                   "--sparsity", "weights,activations,neurons", "--time-limit", "5",
                                   "--pattern-bound", "off", "--json", json});
        QVERIFY2(off.code == 0, describe(off));  // proven, or the best within the limit
        QVERIFY2(!off.out.contains("pattern bound"), describe(off));
        const nlohmann::json pb = readJson(json)["result"]["pattern_bound"];
        QCOMPARE(pb["computed"].get<bool>(), false);
        QCOMPARE(QString::fromStdString(pb["reason"].get<std::string>()), QString("off"));
        const CliRun bad = runCli({"perceptron", "--dataset", "moons", "--pattern-bound", "maybe"});
        QVERIFY2(bad.code == 2 && bad.err.contains("expected on or off"), describe(bad));
    }

    void sparsestTakesTheTargetColumn() {
        // Target first: y = relu(a) − relu(b) fits exactly with two units; the last column (c)
        // is noise the network would otherwise have to fit.
        const QString csv = writeFile(dir_, "target.csv",
                                      "y,a,b,c\n"
                                      "1,1,0,5\n"
                                      "-2,0,2,-3\n"
                                      "0,0,0,7\n"
                                      "3,3,0,1\n");
        const QString json = dir_.filePath("target.json");
        const CliRun r = runCli({"sparsest", "--dataset", csv, "--target", "y", "--quiet",
                                 "--w-bound", "5", "--b-bound", "5", "--json", json});
        QVERIFY2(r.code == 0, describe(r));
        QVERIFY2(r.out.contains("N=4 d=3"), describe(r));
        const auto w = readJson(json)["weights"];
        const double x[4][3] = {{1, 0, 5}, {0, 2, -3}, {0, 0, 7}, {3, 0, 1}};
        const double y[4] = {1, -2, 0, 3};
        for (int n = 0; n < 4; ++n) {
            double f = 0.0;
            for (std::size_t k = 0; k < w["v"].size(); ++k) {
                double z = w["b"][k].get<double>();
                for (int j = 0; j < 3; ++j)
                    z += w["W"][k][std::size_t(j)].get<double>() * x[n][j];
                f += w["v"][k].get<double>() * std::max(0.0, z);
            }
            QVERIFY2(std::abs(f - y[n]) < 1e-6,
                     qPrintable(QString("sample %1: f = %2").arg(n).arg(f)));
        }
    }

    void trainRefusesWhatWouldNotFit() {
        // 200 000 samples at the default width (= N) need ~8 TB: refused before allocating.
        const CliRun r = runCli({"train", "--n", "200000", "--d", "2", "--epochs", "1"});
        QVERIFY2(r.code == 1, describe(r));
        QVERIFY2(r.err.contains("training needs about") && r.err.contains("TB") &&
                     r.err.contains("200000 samples x width 200000") && r.err.contains("--width"),
                 describe(r));
        // An explicit limit applies to small runs too; 0 lifts it.
        const CliRun limited = runCli({"train", "--n", "300", "--epochs", "1", "--regularizers",
                                       "none", "--memory-limit", "0.001"});
        QVERIFY2(limited.code == 1 && limited.err.contains("limit of 1 MB"), describe(limited));
        const CliRun unlimited = runCli({"train", "--n", "300", "--epochs", "1", "--regularizers",
                                         "none", "--memory-limit", "0"});
        QVERIFY2(unlimited.code == 0, describe(unlimited));
        const CliRun forced = runCli({"train", "--n", "300", "--epochs", "1", "--regularizers",
                                      "none", "--memory-limit", "0.001", "--force"});
        QVERIFY2(forced.code == 0, describe(forced));
    }

    // Every MILP command asks core's validate…() before it builds anything: a large generated
    // dataset is refused with the size named and --force offered; nothing is printed to stdout.
    void largeMilpsNeedForce() {
        const CliRun sparsest = runCli({"sparsest", "--n", "300", "--d", "5", "--quiet"});
        QVERIFY2(sparsest.code == 1 && sparsest.err.contains("184200 binaries") &&
                     sparsest.err.contains("--force to run anyway"),
                 describe(sparsest));
        const CliRun perceptron =
            runCli({"perceptron", "--dataset", "moons", "--n", "60000", "--hidden", "8"});
        QVERIFY2(perceptron.code == 1 && perceptron.err.contains("binaries") &&
                     perceptron.err.contains("--max-train") && perceptron.out.isEmpty(),
                 describe(perceptron));
    }
};

QTEST_APPLESS_MAIN(TestCliOutcomes)
#include "test_cli_outcomes.moc"
