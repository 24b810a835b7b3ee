// The sweep: grid parsing and instance ids; a tiny sweep run in-process whose proven MILP optima
// are no larger than any fitting trained model; resuming skips finished instances; and the same
// sweep written as a plan, run through GNU parallel and merged by `sparsemip sweep --collect`,
// gives the same table.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <filesystem>

#include "core/sweep/sweep_grid.h"
#include "core/sweep/sweep_run.h"
#include "core/sweep/sweep_table.h"
#include "tests/cli/cli_process.h"

using namespace smip;

namespace {

// random, N = 4 and 5, d = 3, seeds 0 and 1, two regularizers: four instances, each trained and
// proven within a second or two.
SweepGrid tinyGrid() {
    SweepGrid g;
    g.kinds = {"random"};
    g.n = {4, 5};
    g.d = {3};
    g.seeds = {0, 1};
    std::string error;
    parseRegularizerList("none,p0.4", 0.005, g.settings.regularizers, error);
    g.settings.epochs = 2000;
    g.settings.timeLimitSeconds = 10.0;
    return g;
}

const QStringList kTinyGridArgs = {
    "--kinds",        "random",    "--n",      "4,5",  "--d",          "3", "--seeds", "0:1",
    "--regularizers", "none,p0.4", "--epochs", "2000", "--time-limit", "10"};

std::vector<SweepInstanceResult> collected(const QString& dir) {
    std::vector<SweepInstanceResult> out;
    std::string error;
    if (!collectSweep(dir.toStdString(), out, error)) qWarning("%s", error.c_str());
    return out;
}

const SweepMethodResult* methodOf(const SweepInstanceResult& r, const std::string& method) {
    for (const auto& m : r.methods)
        if (m.method == method) return &m;
    return nullptr;
}

}  // namespace

class TestSweep : public QObject {
    Q_OBJECT

    QTemporaryDir inProcessDir_;  // the in-process sweep, compared with the plan's later

  private slots:
    void initTestCase() {
        if (!QFileInfo::exists(smip::test::cliPath()))
            QFAIL("SPARSEMIP_CLI is not set or not built (run through ctest)");
        QVERIFY(inProcessDir_.isValid());
    }

    void integerListsAndRanges() {
        std::vector<long long> v;
        std::string error;
        QVERIFY(parseIntegerList("0:3,7", 0, v, error));
        QCOMPARE(v, (std::vector<long long>{0, 1, 2, 3, 7}));
        QVERIFY(parseIntegerList("5", 1, v, error));
        QCOMPARE(v, (std::vector<long long>{5}));
        QVERIFY(!parseIntegerList("3:1", 0, v, error));
        QVERIFY(!parseIntegerList("a", 0, v, error));
        QVERIFY(!parseIntegerList("", 0, v, error));
        QVERIFY(!parseIntegerList("0", 1, v, error));
        QVERIFY(QString::fromStdString(error).contains(">= 1"));
    }

    void instanceIdsAreStableAndUnique() {
        SweepGrid g = tinyGrid();
        g.kinds = {"random", "teacher", "/data/my data.csv"};
        std::vector<SweepInstance> inst;
        std::string error;
        QVERIFY2(sweepInstances(g, inst, error), error.c_str());
        QCOMPARE(inst.size(), std::size_t(2 * 4 + 2));
        QCOMPARE(inst[0].id, std::string("random-n4-d3-s0"));
        QCOMPARE(inst[1].id, std::string("random-n4-d3-s1"));
        QCOMPARE(inst[3].id, std::string("random-n5-d3-s1"));
        QCOMPARE(inst[4].id, std::string("teacher-n4-d3-s0"));
        QCOMPARE(inst[8].id, std::string("csv-my_data-s0"));
        QCOMPARE(inst[8].source, std::string("/data/my data.csv"));
        QCOMPARE(inst[8].n, 0);
        QCOMPARE(inst[3].settings.epochs, 2000);

        g.kinds = {"a/x.csv", "b/x.CSV"};
        QVERIFY(!sweepInstances(g, inst, error));
        QVERIFY(QString::fromStdString(error).contains("csv-x-s0"));
        g.kinds = {"spiral"};
        QVERIFY(!sweepInstances(g, inst, error));
        QVERIFY(QString::fromStdString(error).contains("spiral"));
    }

    void tinySweepInProcess() {
        std::vector<SweepInstance> instances;
        std::string error;
        QVERIFY2(sweepInstances(tinyGrid(), instances, error), error.c_str());
        const QString dir = inProcessDir_.path();
        const SweepRunCounts counts =
            runSweep(instances, dir.toStdString(), 2, inProcessMilpBackend(), {});
        QCOMPARE(counts.ran, 4);
        QCOMPARE(counts.failed, 0);
        const auto results = collected(dir);
        QCOMPARE(results.size(), std::size_t(4));
        int proven = 0;
        for (const auto& r : results) {
            QCOMPARE(r.methods.size(), std::size_t(3));  // none, p0.4, milp
            QVERIFY(!r.chosen.empty());
            const SweepMethodResult* milp = r.milp();
            QVERIFY(milp);
            if (!r.proven()) continue;
            ++proven;
            QVERIFY(milp->fits);
            // The MILP's optimum is the sparsest exact fit within the chosen model's bounds, and
            // the chosen model is the sparsest fitting one: nothing that fits is sparser.
            for (const auto& m : r.methods)
                if (m.method != kSweepMilpMethod && m.fits)
                    QVERIFY2(milp->nonzeros <= m.nonzeros,
                             qPrintable(QString::fromStdString(r.instance.id + " " + m.method)));
        }
        QVERIFY2(proven >= 2, "too few proven instances to compare anything");
        const auto summary = summarizeSweep(results);
        QCOMPARE(summary.size(), std::size_t(2));  // (random, 4, 3) and (random, 5, 3)
        QCOMPARE(summary[0].instances, 2);
        QCOMPARE(summary[0].methods.back().method, std::string(kSweepMilpMethod));
        const std::string csv = sweepCsv(results);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 1 + 4 * 3);
    }

    void resumeSkipsFinishedInstances() {
        std::vector<SweepInstance> instances;
        std::string error;
        QVERIFY(sweepInstances(tinyGrid(), instances, error));
        QTemporaryDir dir;
        for (const auto& i : instances)  // the in-process sweep's files, as if it had stopped
            if (i.id != "random-n5-d3-s1")
                QVERIFY(QFile::copy(
                    QString::fromStdString(
                        sweepResultPath(inProcessDir_.path().toStdString(), i.id)),
                    QString::fromStdString(sweepResultPath(dir.path().toStdString(), i.id))));
        std::vector<std::string> ran;
        SweepRunHooks hooks;
        hooks.onFinished = [&](const SweepInstanceResult& r) { ran.push_back(r.instance.id); };
        const SweepRunCounts counts =
            runSweep(instances, dir.path().toStdString(), 2, inProcessMilpBackend(), {}, hooks);
        QCOMPARE(counts.skipped, 3);
        QCOMPARE(counts.ran, 1);
        QCOMPARE(ran, (std::vector<std::string>{"random-n5-d3-s1"}));
        QCOMPARE(collected(dir.path()).size(), std::size_t(4));
    }

    void interruptKeepsFinishedInstancesOnly() {
        // The first instance is proven in well under a second; the second (N = 10, d = 4) takes
        // minutes: the interrupt after the first "done" line lands inside it.
        QTemporaryDir dir;
        const QString out = dir.filePath("results");
        bool sawProgress = false;
        const auto r = smip::test::interruptCliAt(
            {"sweep", "--kinds", "random", "--n", "4,10", "--d", "4", "--seeds", "0",
             "--regularizers", "none,p0.4", "--epochs", "2000", "--time-limit", "600", "--out",
             out},
            QProcess::StandardOutput, QRegularExpression("^done "), 1, &sawProgress);
        QVERIFY2(sawProgress, qPrintable(r.err));
        QVERIFY2(r.code == 130, qPrintable(QString("exit %1: %2").arg(r.code).arg(r.err)));
        // Only the finished instance's file: the interrupted one left neither a result nor a
        // temporary file.
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{"random-n4-d4-s0.json"});
        QCOMPARE(collected(out).size(), std::size_t(1));
    }

    void planThroughGnuParallelCollectsTheSameTable() {
        // The set-up script installs GNU parallel: its absence is a broken environment.
        const QString parallel = QStandardPaths::findExecutable("parallel");
        if (parallel.isEmpty()) QFAIL("GNU parallel is not installed (scripts/setup.sh does)");
        QTemporaryDir dir;
        const QString out = dir.filePath("results"), plan = dir.filePath("jobs.txt");
        auto r = smip::test::runCli(QStringList{"sweep"} + kTinyGridArgs +
                                    QStringList{"--out", out, "--plan", plan});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile planFile(plan);
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(planFile.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].contains("--instance random-n4-d3-s0"));

        QProcess p;
        p.setStandardInputFile(plan);
        p.start(parallel, {"--will-cite", "-j", "2"});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));

        const QString csv = dir.filePath("table.csv"), json = dir.filePath("table.json");
        r = smip::test::runCli({"sweep", "--collect", out, "--csv", csv, "--json", json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(csv) && QFileInfo::exists(json));

        const auto planned = collected(out), local = collected(inProcessDir_.path());
        QCOMPARE(planned.size(), local.size());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().toStdString(), sweepCsv(planned));
        for (std::size_t i = 0; i < planned.size(); ++i) {
            QCOMPARE(planned[i].instance.id, local[i].instance.id);
            QCOMPARE(planned[i].chosen, local[i].chosen);
            for (const auto& m : local[i].methods) {
                const SweepMethodResult* other = methodOf(planned[i], m.method);
                QVERIFY(other);
                if (m.method != kSweepMilpMethod) {  // training is deterministic
                    QCOMPARE(other->nonzeros, m.nonzeros);
                    QCOMPARE(other->fits, m.fits);
                } else if (local[i].proven() || planned[i].proven()) {
                    QCOMPARE(other->status, m.status);
                    QCOMPARE(other->nonzeros, m.nonzeros);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "test_sweep.moc"
