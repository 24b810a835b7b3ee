// Ctrl-C in the long-running commands: the test starts a run that would take minutes, waits for
// its k-th progress line, sends SIGINT and checks that the command finished by itself with exit
// code 130 and wrote its JSON holding the best result so far, marked cancelled. Nothing here
// measures time (bench_cancel does); the waits only bound a broken run.
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_process.h"

using smip::test::CliRun;
using smip::test::interruptCliAt;

class TestCliInterrupt : public QObject {
    Q_OBJECT

    static nlohmann::json readJson(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return nullptr;
        return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    }

    // Interrupts `args` at its k-th `progress` line; returns the JSON it wrote to `json`.
    static nlohmann::json interrupted(const QStringList& args, QProcess::ProcessChannel channel,
                                      const char* progress, int k, const QString& json) {
        bool sawProgress = false;
        const CliRun r =
            interruptCliAt(args, channel, QRegularExpression(progress), k, &sawProgress);
        [&] {
            QVERIFY2(sawProgress, qPrintable("no progress line; stderr:\n" + r.err));
            QVERIFY2(r.code == 130,
                     qPrintable(QString("exit code %1; stderr:\n%2").arg(r.code).arg(r.err)));
            QVERIFY2(r.err.contains("interrupted"), qPrintable(r.err));
        }();
        return readJson(json);
    }

  private slots:
    void initTestCase() {
        if (!QFileInfo::exists(smip::test::cliPath()))
            QFAIL("SPARSEMIP_CLI is not set or not built (run through ctest)");
    }

    void perceptronKeepsItsNetwork() {
        QTemporaryDir dir;
        const QString json = dir.filePath("p.json");
        // Iris with 6 hidden units: an incumbent within seconds, then minutes of search.
        const auto j = interrupted({"perceptron", "--dataset", "iris", "--hidden", "6",
                                    "--time-limit", "600", "--json", json},
                                   QProcess::StandardError, "incumbent [0-9]", 2, json);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(j.is_object(), "no JSON written");
        QCOMPARE(j["interrupted"].get<bool>(), true);
        QCOMPARE(j["result"]["status"].get<std::string>(), std::string("cancelled"));
        QVERIFY(j["result"]["has_network"].get<bool>());
        QVERIFY(j["result"]["verification"]["ok"].get<bool>());
        QVERIFY(j["result"]["train"]["accuracy"].get<double>() > 0.5);
    }

    void miptrainKeepsItsRows() {
        QTemporaryDir dir;
        const QString json = dir.filePath("m.json");
        // parity5 on 5-5-2: an incumbent within seconds, then a long tree search.
        const auto j = interrupted({"miptrain", "--dataset", "parity5", "--arch", "5-5-2",
                                    "--method", "full", "--time-limit", "600", "--json", json},
                                   QProcess::StandardError, "incumbent [0-9]", 2, json);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(j.is_object(), "no JSON written");
        QCOMPARE(j["interrupted"].get<bool>(), true);
        QVERIFY(j["result"]["ok"].get<bool>());
        const auto& full = j["result"]["rows"][0];
        QCOMPARE(full["method"].get<std::string>(), std::string("full"));
        QCOMPARE(full["status"].get<std::string>(), std::string("cancelled"));
        QVERIFY(full["has_network"].get<bool>());
    }

    void trainKeepsEveryRegularizer() {
        QTemporaryDir dir;
        const QString json = dir.filePath("t.json");
        const auto j =
            interrupted({"train", "--n", "40", "--epochs", "2000000000", "--report-every", "1000",
                         "--regularizers", "none,p0.4", "--json", json},
                        QProcess::StandardError, "epoch", 2, json);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(j.is_object(), "no JSON written");
        QCOMPARE(j["interrupted"].get<bool>(), true);
        QCOMPARE(int(j["results"].size()), 2);
        for (const auto& r : j["results"]) {
            QCOMPARE(r["status"].get<std::string>(), std::string("cancelled"));
            QVERIFY(r["epochs"].get<long long>() > 0);
            QVERIFY(r["epochs"].get<long long>() < 2000000000LL);
            QVERIFY(!r["weights"].is_null());
        }
    }

    void sparsestKeepsItsIncumbent() {
        QTemporaryDir dir;
        const QString json = dir.filePath("s.json");
        // N = 12 started from a trained network (p0.4 repaired to an exact fit): CBC has an
        // incumbent from its first sample and needs minutes to prove anything. (No rank bound: its
        // time budget would make the model depend on the machine's load.)
        const auto j = interrupted(
            {"sparsest", "--n", "12", "--d", "5", "--bounds-from", "p0.4", "--epochs", "3000",
             "--warm-start", "--rank-bound", "off", "--time-limit", "600", "--json", json},
            QProcess::StandardOutput, "incumbent=[0-9]", 1, json);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(j.is_object(), "no JSON written");
        QCOMPARE(j["status"].get<std::string>(), std::string("cancelled"));
        QVERIFY(!j["weights"].is_null());
        QVERIFY(j["warm_start"]["feasible"].get<bool>());
        // The start, or better.
        QVERIFY(j["objective"].get<double>() <= j["warm_start"]["objective"].get<double>());
        QCOMPARE(j["verification"]["passed"].get<bool>(), true);
    }

    void sparsestKeepsTheRankBoundsNetwork() {
        QTemporaryDir dir;
        const QString json = dir.filePath("r.json");
        // random N = 7, seed 3: the rank bound's exact search runs for seconds and reports as it
        // goes; the first report naming a network is the moment to interrupt. That network (or
        // a sparser one) is the result, though CBC never ran.
        const QRegularExpression report(
            "exact search of networks with 7 nonzeros.*a network with ([0-9]+) nonzeros fits");
        bool saw = false;
        const CliRun r = interruptCliAt({"sparsest", "--n", "7", "--d", "5", "--seed", "3",
                                         "--time-limit", "600", "--json", json},
                                        QProcess::StandardError, report, 1, &saw);
        QVERIFY2(saw, qPrintable("no report of the exact search; stderr:\n" + r.err));
        QCOMPARE(r.code, 130);
        const QRegularExpressionMatch m = report.match(r.err);
        QVERIFY(m.hasMatch());
        const int known = m.captured(1).toInt();
        const auto j = readJson(json);
        QVERIFY2(j.is_object(), "no JSON written");
        QCOMPARE(j["status"].get<std::string>(), std::string("cancelled"));
        QVERIFY(!j["weights"].is_null());
        QCOMPARE(j["verification"]["passed"].get<bool>(), true);
        QVERIFY(j["objective"].get<double>() <= known);
        QVERIFY(j["objective"].get<double>() >= 8);  // the proven optimum
    }
};

QTEST_APPLESS_MAIN(TestCliInterrupt)
#include "test_cli_interrupt.moc"
