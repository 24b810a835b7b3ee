// `--mps FILE` (and `--lp FILE`) on sparsest, perceptron, miptrain and attack: each command writes
// its MILP, the file reads back with core's readMps, and its row and column counts are those of the
// model the command solves (rebuilt here from the same data and settings, or reported in the
// attack's JSON).
#include <QtTest>

#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include "core/data/dataset_catalog.h"
#include "core/milp/milp_file_io.h"
#include "core/milp/milp_solver.h"
#include "core/miptrain/mip_architecture.h"
#include "core/miptrain/mip_train_config.h"
#include "core/miptrain/mip_trainer.h"
#include "core/miptrain/network_milp.h"
#include "core/miptrain/weighted_samples.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_milp.h"
#include "tests/cli/cli_process.h"

using smip::test::runCli;

namespace {

// Reads `path` with core's MPS reader (the file must exist and parse).
smip::MilpProblem readBack(const QString& path) {
    smip::MilpProblem p;
    const std::string error = smip::readMps(path.toStdString(), p);
    if (!error.empty()) qWarning("%s", error.c_str());
    return p;
}

}  // namespace

class TestCliMps : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() {
        if (!QFileInfo::exists(smip::test::cliPath()))
            QFAIL("SPARSEMIP_CLI is not set or not built (run through ctest)");
    }

    // --lp next to --mps: the LP file reads back (core's readLp) to the same model, and CBC proves
    // the same optimum on both files.
    void lpFileHoldsTheSameModel_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("sparsest") << QStringList{"sparsest", "--n", "4", "--d", "2", "--quiet"};
        QTest::newRow("perceptron")
            << QStringList{"perceptron", "--dataset", "xor", "--n", "16", "--hidden", "2"};
    }
    void lpFileHoldsTheSameModel() {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString mps = dir.filePath("m.mps"), lp = dir.filePath("m.lp");
        const auto r = runCli(args + QStringList{"--time-limit", "30", "--mps", mps, "--lp", lp});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const smip::MilpProblem fromMps = readBack(mps);
        smip::MilpProblem fromLp;
        const std::string error = smip::readLp(lp.toStdString(), fromLp);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(fromLp.columns.size(), fromMps.columns.size());
        QCOMPARE(fromLp.rows.size(), fromMps.rows.size());
        QCOMPARE(fromLp.binaryCount(), fromMps.binaryCount());
        smip::MilpOptions o;
        o.timeLimitSeconds = 60;
        o.logLevel = 0;
        const smip::MilpResult a = smip::solveMilp(fromMps, o), b = smip::solveMilp(fromLp, o);
        QCOMPARE(a.status, smip::MilpStatus::Optimal);
        QCOMPARE(b.status, smip::MilpStatus::Optimal);
        QVERIFY(std::abs(a.objective - b.objective) < 1e-6);
    }

    // sparsest --mps writes the model CBC gets, rank-bound row included, and the file alone
    // proves the optimum the command reports.
    void sparsestWritesTheRankBoundRow() {
        QTemporaryDir dir;
        const QString mps = dir.filePath("s.mps"), json = dir.filePath("s.json");
        const auto r = runCli({"sparsest", "--n", "5", "--d", "2", "--quiet", "--time-limit", "60",
                               "--mps", mps, "--json", json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const smip::MilpProblem read = readBack(mps);
        const auto floor =
            std::find_if(read.rows.begin(), read.rows.end(),
                         [](const smip::MilpRow& row) { return row.name == "rank_floor"; });
        QVERIFY(floor != read.rows.end());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(f.readAll().toStdString());
        const double reported = j["objective"].get<double>();
        QCOMPARE(floor->lower, reported);  // here the bound is the optimum
        smip::MilpOptions o;
        o.timeLimitSeconds = 60;
        o.logLevel = 0;
        const smip::MilpResult solved = smip::solveMilp(read, o);
        QCOMPARE(solved.status, smip::MilpStatus::Optimal);
        QVERIFY(std::abs(solved.objective - reported) < 1e-6);
    }

    void perceptronWritesItsModel() {
        QTemporaryDir dir;
        const QString mps = dir.filePath("p.mps");
        const auto r = runCli({"perceptron", "--dataset", "iris", "--hidden", "2", "--max-train",
                               "30", "--time-limit", "1", "--mps", mps});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const smip::MilpProblem read = readBack(mps);
        // The command's model: iris, half held out (seed 1), 30 training rows, 2 hidden units.
        smip::DatasetSpec spec;
        spec.source = "iris";
        smip::Dataset data;
        std::string error;
        QVERIFY(smip::resolveDataset(spec, data, error));
        const smip::PerceptronSplit split = smip::splitPerceptronData(data, 0.5, 30, 1);
        smip::PerceptronConfig cfg;
        cfg.hidden = 2;
        smip::PerceptronMilp built;
        QVERIFY2(smip::buildPerceptronMilp(split.train, cfg, built, error), error.c_str());
        QVERIFY(!read.columns.empty());
        QCOMPARE(read.rows.size(), built.problem.rows.size());
        QCOMPARE(read.columns.size(), built.problem.columns.size());
        QCOMPARE(read.binaryCount(), built.problem.binaryCount());
    }

    void miptrainWritesTheFullModel() {
        QTemporaryDir dir;
        const QString mps = dir.filePath("m.mps");
        const auto r = runCli({"miptrain", "--dataset", "parity5", "--arch", "5-3-2", "--method",
                               "full", "--time-limit", "1", "--mps", mps});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const smip::MilpProblem read = readBack(mps);
        smip::MipTrainConfig cfg;
        std::string error;
        QVERIFY(smip::parseArchitecture("5-3-2", cfg.arch, error));
        smip::Dataset train, test;
        QVERIFY2(smip::loadMipTrainData("parity5", cfg.sgd.seed, 100, train, test, error),
                 error.c_str());
        smip::NetworkMilp full;
        QVERIFY2(smip::buildNetworkMilp(smip::aggregateDataset(train), cfg.arch, cfg.formulation,
                                        full, error),
                 error.c_str());
        QVERIFY(!read.columns.empty());
        QCOMPARE(read.rows.size(), full.problem.rows.size());
        QCOMPARE(read.columns.size(), full.problem.columns.size());
        QCOMPARE(read.binaryCount(), full.problem.binaryCount());
    }

    // perceptron-study --mps PREFIX: one model and start per solve, named dataset-variant-split.
    void perceptronStudyWritesEverySolve() {
        QTemporaryDir dir;
        const auto r = runCli({"perceptron-study", "--dataset", "xor", "--n", "16", "--repeats",
                               "2", "--time-limit", "2", "--no-baseline", "--no-integer",
                               "--workers", "2", "--mps", dir.filePath("st.mps")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* variant : {"000", "100", "010", "001", "110", "101", "011", "111"})
            for (int split = 1; split <= 2; ++split) {
                const QString base =
                    dir.filePath(QString("st-xor-%1-split%2").arg(variant).arg(split));
                QVERIFY2(QFileInfo::exists(base + ".mps"), qPrintable(base));
                QVERIFY2(QFileInfo::exists(base + ".mst"), qPrintable(base));
                QVERIFY(!readBack(base + ".mps").columns.empty());
            }
        QVERIFY(!QFileInfo::exists(dir.filePath("st.mps")));  // no solve is the study's "main" one
    }

    void attackWritesTheMipFormulation() {
        QTemporaryDir dir;
        const QString mps = dir.filePath("a.mps"), json = dir.filePath("a.json");
        const auto r = runCli({"attack", "--train-digits", "--hidden", "8", "--formulations", "mip",
                               "--tighten", "interval", "--time-limit", "10", "--quiet", "--mps",
                               mps, "--json", json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const smip::MilpProblem read = readBack(mps);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(f.readAll().toStdString());
        QVERIFY(!read.columns.empty());
        QCOMPARE(read.rows.size(), j["milp"]["rows"].get<std::size_t>());
        QCOMPARE(read.columns.size(), j["milp"]["columns"].get<std::size_t>());
        QCOMPARE(read.binaryCount(), j["milp"]["binaries"].get<int>());

        // Without the MIP formulation there is no model to write: a usage error.
        const auto bad = runCli({"attack", "--train-digits", "--formulations", "sqrt", "--mps",
                                 dir.filePath("none.mps")});
        QCOMPARE(bad.code, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath("none.mps")));
    }
};

QTEST_GUILESS_MAIN(TestCliMps)
#include "test_cli_mps.moc"
