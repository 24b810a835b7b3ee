// `sparsemip dataset` end to end: summary text, exit codes, and the CSV/JSON it writes.
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

#include "core/data/csv_reader.h"
#include "core/data/dataset_json.h"

using namespace smip;

class TestDatasetCli : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run run(const QStringList& args) {
        QProcess p;
        p.start(qEnvironmentVariable("SPARSEMIP_CLI"), QStringList{"dataset"} + args);
        if (!p.waitForFinished(60000)) qFatal("sparsemip dataset did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

  private slots:
    void initTestCase() {
        if (!QFileInfo::exists(qEnvironmentVariable("SPARSEMIP_CLI")))
            QFAIL("SPARSEMIP_CLI is not set or not built (run through ctest)");
    }

    void summary() {
        const Run r = run({"--dataset", "breast_cancer"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("samples:  569"));
        QVERIFY(r.out.contains("features: 30"));
        QVERIFY(r.out.contains("classification"));
        QVERIFY(r.out.contains("malignant  (212 samples)"));
        QVERIFY(r.out.contains("mean_radius"));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing --dataset") << QStringList{} << 2 << "--dataset is required";
        QTest::newRow("unknown flag")
            << QStringList{"--dataset", "iris", "--nn", "3"} << 2 << "unknown flag --nn";
        QTest::newRow("bad integer")
            << QStringList{"--dataset", "random", "--n", "x"} << 2 << "--n expects an integer";
        QTest::newRow("unknown dataset")
            << QStringList{"--dataset", "irsi"} << 1 << "unknown dataset 'irsi'";
        QTest::newRow("bad size") << QStringList{"--dataset", "random", "--d", "0"} << 1
                                  << "d must be at least 1";
        QTest::newRow("huge n") << QStringList{"--dataset", "random", "--n", "99999999999"} << 1
                                << "n must be between 1 and 1000000";
        QTest::newRow("negative seed") << QStringList{"--dataset", "random", "--seed", "-1"} << 2
                                       << "--seed expects a non-negative integer";
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void writesCsvAndJson() {
        QTemporaryDir dir;
        const QString csv = dir.filePath("s.csv"), json = dir.filePath("s.json");
        const Run r = run({"--dataset", "spiral", "--n", "40", "--seed", "3", "--noise", "0.05",
                           "--csv", csv, "--json", json});
        QCOMPARE(r.code, 0);
        const CsvReadResult fromCsv = readCsvFile(csv.toStdString());
        QVERIFY2(fromCsv.ok, fromCsv.error.c_str());
        QCOMPARE(fromCsv.dataset.samples(), 40);
        QCOMPARE(fromCsv.dataset.classes(), 2);
        std::ifstream in(json.toStdString());
        std::stringstream text;
        text << in.rdbuf();
        Dataset fromJson;
        std::string error;
        QVERIFY2(datasetFromJson(nlohmann::json::parse(text.str()), fromJson, error),
                 error.c_str());
        QVERIFY(fromJson.X == fromCsv.dataset.X);
        QVERIFY(fromJson.y == fromCsv.dataset.y);
    }
};

QTEST_APPLESS_MAIN(TestDatasetCli)
#include "test_dataset_cli.moc"
