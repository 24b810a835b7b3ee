// Tests of MPS/LP export and import and of the JSON forms (core/milp/milp_coin_io.cpp,
// milp_lp_writer.cpp, milp_json.cpp). Optima are the hand/brute-force values of the test problems.
#include <QtTest>

#include <QTemporaryDir>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/milp/milp_file_io.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"
#include "tests/milp/milp_test_problems.h"

using namespace smip;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

double solveObjective(const MilpProblem& p) {
    MilpOptions o;
    o.timeLimitSeconds = 30;
    const MilpResult r = solveMilp(p, o);
    if (r.status != MilpStatus::Optimal) return std::nan("");
    return r.objective;
}

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

}  // namespace

class TestMilpIo : public QObject {
    Q_OBJECT
  private slots:
    void mpsRoundTrip_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("mixed (minimize, offset, free/ranged)") << 0;
        QTest::newRow("knapsack (maximize)") << 1;
    }
    void mpsRoundTrip() {
        QFETCH(int, which);
        QTemporaryDir dir;
        const auto k = test::randomKnapsack(12, 5);
        const MilpProblem p = which == 0 ? test::mixedProblem() : test::knapsackProblem(k);
        const double expected = which == 0 ? -1.0 : test::bruteForceKnapsack(k);
        const std::string path = dir.filePath("m.mps").toStdString();
        QCOMPARE(QString::fromStdString(writeMps(p, path)), QString());
        QVERIFY(!QFile::exists(dir.filePath("m.mps.gz")));
        const std::string text = slurp(path);
        QVERIFY(text.rfind("*", 0) == 0);
        QCOMPARE(text.find("negated") != std::string::npos, which == 1);
        MilpProblem back;
        QCOMPARE(QString::fromStdString(readMps(path, back)), QString());
        QCOMPARE(back.columns.size(), p.columns.size());
        QCOMPARE(back.rows.size(), p.rows.size());
        QCOMPARE(back.integerCount(), p.integerCount());
        QCOMPARE(back.columns[0].name, p.columns[0].name);
        // MPS is minimization-only: a maximum comes back negated.
        const double got = solveObjective(back);
        QVERIFY2(std::abs(got - (which == 1 ? -expected : expected)) < 1e-7,
                 qPrintable(QString::number(got)));
    }

    void lpRoundTrip_data() { mpsRoundTrip_data(); }
    void lpRoundTrip() {
        QFETCH(int, which);
        QTemporaryDir dir;
        const auto k = test::randomKnapsack(12, 6);
        const MilpProblem p = which == 0 ? test::mixedProblem() : test::knapsackProblem(k);
        const double expected = which == 0 ? -1.0 : test::bruteForceKnapsack(k);
        const std::string path = dir.filePath("m.lp").toStdString();
        QCOMPARE(QString::fromStdString(writeLp(p, path)), QString());
        const std::string text = slurp(path);
        QVERIFY(text.find("Subject To") != std::string::npos);
        QVERIFY(text.find(which == 1 ? "Maximize" : "Minimize") != std::string::npos);
        QVERIFY(text.find("\nEnd") != std::string::npos);
        MilpProblem back;
        QCOMPARE(QString::fromStdString(readLp(path, back)), QString());
        QCOMPARE(back.integerCount(), p.integerCount());
        // CoinLpIO reads a maximization as the negated minimization.
        const double got = solveObjective(back);
        QVERIFY2(std::abs(got - (which == 1 ? -expected : expected)) < 1e-7,
                 qPrintable(QString::number(got)));
    }

    void lpNamesAreSanitized() {
        MilpProblem p;
        p.addColumn("w[1,2]", 0, 1, 1, true);
        p.addColumn("3rd", 0, 1, 1);
        p.addColumn("end", 0, 1, 1);
        const auto names = lpColumnNames(p);
        QCOMPARE(names[0], std::string("w_1_2_"));
        QCOMPARE(names[1], std::string("n3rd"));
        QCOMPARE(names[2], std::string("end_"));
    }

    void exportErrorsAreMessages() {
        MilpProblem p = test::mixedProblem();
        QVERIFY(!writeMps(p, "/nonexistent-dir/x.mps").empty());
        QVERIFY(!writeLp(p, "/nonexistent-dir/x.lp").empty());
        MilpProblem back;
        QVERIFY(!readMps("/nonexistent-dir/x.mps", back).empty());
        QVERIFY(!readLp("/nonexistent-dir/x.lp", back).empty());
        p.rows[0].indices[0] = 42;
        QVERIFY(!writeMps(p, "/tmp/never.mps").empty());
    }

    void malformedMpsIsRefusedBeforeCoinUtils_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        // The first three made CoinMpsIO request a negative-size allocation (seen under ASan).
        QTest::newRow("crafted 20 bytes")
            << QByteArray("ROWS\nCOLUMNS\nENDATA\n") << "does not start with a NAME card";
        QTest::newRow("comment, then ROWS")
            << QByteArray("* c\nROWS\n N obj\nCOLUMNS\n X obj 1\nRHS\nENDATA\n")
            << "does not start with a NAME card (line 2: 'ROWS')";
        QTest::newRow("ENDATA only") << QByteArray("ENDATA\n") << "does not start with a NAME";
        QTest::newRow("binary") << QByteArray("\x01\x02\0\x1b", 4) << "'\\x01\\x02\\x00\\x1b'";
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("no ROWS") << QByteArray("NAME x\nENDATA\n") << "has no ROWS section";
        QTest::newRow("COLUMNS first")
            << QByteArray("NAME x\nCOLUMNS\n X obj 1\nROWS\n N obj\nENDATA\n")
            << "has a COLUMNS section before any ROWS";
        QTest::newRow("no columns")
            << QByteArray("NAME x\nROWS\n N obj\nCOLUMNS\nRHS\nENDATA\n") << "has no columns";
        // Found by tests/fuzz/fuzz_mps; each crashed or overflowed inside CoinMpsIO before.
        QTest::newRow("long name ends a fixed-format line (null dereference)")
            << QByteArray("NAME\nROWS\nCOLUMNS\nRHS\nBOUNDS\n PL BND       000000000\n")
            << ", line 6: ' PL BND       000000000' ends with a name longer than 8 characters";
        QTest::newRow("name over 159 bytes (strcpy into char[160])")
            << (QByteArray("NAME x\nROWS\n N obj\nCOLUMNS\n ") + QByteArray(400, 'X') +
                " obj 1\nENDATA\n")
            << "line 5: ' XXXX";
        QTest::newRow("problem name over 159 bytes")
            << (QByteArray("NAME ") + QByteArray(400, 'N') + "\nROWS\n N obj\nENDATA\n")
            << "has a field of 400 characters";
        QTest::newRow("line over 878 bytes (split into cards)")
            << (QByteArray("NAME x FREE\nROWS\n N obj\nCOLUMNS\n X obj 1") + QByteArray(900, ' ') +
                "\nENDATA\n")
            << ", line 5, is 908 bytes long";
        QTest::newRow("tabs in a fixed-format BOUNDS card (expanded past the card buffer)")
            << QByteArray("NAME x\nROWS\n N obj\nCOLUMNS\n X obj 1\nBOUNDS\n UP\t\t\t\t\tX 1\n")
            << "is a BOUNDS card with tabs";
        QTest::newRow("column named twice")
            << QByteArray(
                   "NAME x FREE\nROWS\n N obj\n L r\nCOLUMNS\n X obj 1\n Y r 1\n X r 2\n"
                   "RHS\n RHS r 4\nENDATA\n")
            << "describes an invalid problem: column 2 ('X') repeats the column name 'X'";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00rest", 8) << "is compressed (gzip)";
    }
    void malformedMpsIsRefusedBeforeCoinUtils() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.mps");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        MilpProblem p;
        const QString error = QString::fromStdString(readMps(path.toStdString(), p));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QChar(0)), qPrintable(error));
    }

    void mpsDirectoryIsNamedAsSuch() {
        QTemporaryDir dir;
        MilpProblem p;
        const std::string error = readMps(dir.path().toStdString(), p);
        QVERIFY2(error.find("is a directory") != std::string::npos, error.c_str());
    }

    void problemJsonRoundTrip() {
        MilpProblem p = test::mixedProblem();
        p.sense = ObjectiveSense::Maximize;
        const auto text = toJson(p).dump();
        QVERIFY(text.find("\"-inf\"") != std::string::npos);
        MilpProblem q;
        QCOMPARE(QString::fromStdString(fromJson(nlohmann::json::parse(text), q)), QString());
        QCOMPARE(q.name, p.name);
        QCOMPARE(q.sense, p.sense);
        QCOMPARE(q.objectiveOffset, p.objectiveOffset);
        QCOMPARE(q.columns.size(), p.columns.size());
        for (std::size_t j = 0; j < p.columns.size(); ++j) {
            QCOMPARE(q.columns[j].name, p.columns[j].name);
            QCOMPARE(q.columns[j].lower, p.columns[j].lower);
            QCOMPARE(q.columns[j].upper, p.columns[j].upper);
            QCOMPARE(q.columns[j].cost, p.columns[j].cost);
            QCOMPARE(q.columns[j].integer, p.columns[j].integer);
        }
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            QCOMPARE(q.rows[i].indices, p.rows[i].indices);
            QCOMPARE(q.rows[i].coefs, p.rows[i].coefs);
            QCOMPARE(q.rows[i].lower, p.rows[i].lower);
            QCOMPARE(q.rows[i].upper, p.rows[i].upper);
        }
    }

    void resultAndOptionsJsonRoundTrip() {
        MilpResult r;
        r.status = MilpStatus::FeasibleAtLimit;
        r.message = "time limit reached";
        r.objective = 3.5;
        r.bestBound = std::nan("");
        r.gap = kInf;
        r.nodes = 1234567890123;
        r.hasSolution = true;
        r.solution = {1, 0.25, -kInf};
        r.progress = {{0.1, std::nan(""), -2, std::nan(""), 0}, {0.2, 3.5, 1, 0.7, 10}};
        MilpResult q;
        QCOMPARE(QString::fromStdString(fromJson(nlohmann::json::parse(toJson(r).dump()), q)),
                 QString());
        QCOMPARE(q.status, r.status);
        QCOMPARE(q.message, r.message);
        QVERIFY(sameDouble(q.bestBound, r.bestBound) && sameDouble(q.gap, r.gap));
        QCOMPARE(q.nodes, r.nodes);
        QCOMPARE(q.solution.size(), r.solution.size());
        QVERIFY(std::isinf(q.solution[2]) && q.solution[2] < 0);
        QCOMPARE(q.progress.size(), r.progress.size());
        QVERIFY(std::isnan(q.progress[0].incumbent));
        QCOMPARE(q.progress[1].gap, 0.7);

        MilpOptions o;
        o.timeLimitSeconds = 7;
        o.threads = 2;
        o.useDriver = false;
        o.preprocess = false;
        o.mipStart = {1, 2};
        MilpOptions b;
        QCOMPARE(QString::fromStdString(fromJson(toJson(o), b)), QString());
        QCOMPARE(b.timeLimitSeconds, 7.0);
        QCOMPARE(b.threads, 2);
        QCOMPARE(b.useDriver, false);
        QCOMPARE(b.preprocess, false);
        QCOMPARE(b.mipStart, o.mipStart);
    }

    void badJsonGivesMessages() {
        MilpProblem p;
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"columns": 3, "rows": []})"), p).empty());
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"rows": []})"), p).empty());
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"sense":"up","columns":[],"rows":[]})"), p)
                     .empty());
        MilpResult r;
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"status": "great"})"), r).empty());
        QVERIFY(!fromJson(nlohmann::json::parse(R"({"status": "optimal", "objective": "x"})"), r)
                     .empty());
    }
};

QTEST_APPLESS_MAIN(TestMilpIo)
#include "test_milp_io.moc"
