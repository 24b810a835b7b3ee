// CSV export → import and JSON round trips, and JSON error handling.
#include <QtTest>

#include <QTemporaryDir>

#include "core/data/bundled_datasets.h"
#include "core/data/csv_reader.h"
#include "core/data/csv_writer.h"
#include "core/data/dataset_json.h"
#include "core/data/generators.h"
#include "core/data/shape_generators.h"

using namespace smip;

namespace {

void requireSame(const Dataset& a, const Dataset& b) {
    QCOMPARE(b.samples(), a.samples());
    QCOMPARE(b.features(), a.features());
    QVERIFY(a.X == b.X);  // exact: numbers are written in shortest round-trip form
    QVERIFY(a.y == b.y);
    QCOMPARE(b.task, a.task);
    QCOMPARE(b.featureNames, a.featureNames);
    QCOMPARE(b.targetName, a.targetName);
    QCOMPARE(b.classNames, a.classNames);
}

}  // namespace

class TestDatasetIo : public QObject {
    Q_OBJECT
  private slots:
    void csvRoundTripRegression() {
        Dataset data = generateTeacher(50, 4, 3);
        data.X(0, 0) = 1e-300;  // extreme magnitudes survive too
        data.X(1, 1) = -123456789.123456789;
        data.X(2, 2) = 0.1 + 0.2;
        const CsvReadResult r = readCsvText(datasetToCsv(data), {}, data.name);
        QVERIFY2(r.ok, r.error.c_str());
        requireSame(data, r.dataset);
    }

    void csvRoundTripClassification() {
        const Dataset data = generateShape(Shape2D::Blobs, 30, 0.2, 1);
        const CsvReadResult r = readCsvText(datasetToCsv(data));
        QVERIFY2(r.ok, r.error.c_str());
        requireSame(data, r.dataset);
    }

    void csvRoundTripAwkwardNames() {
        Dataset data = generateRandom(5, 3, 2);
        data.featureNames = {"a, with comma", "quote \"q\"", " padded "};
        data.targetName = "multi\nline";
        data.task = TaskKind::Classification;
        data.classNames = {"alpha", "beta; gamma"};  // sorted, so ids survive
        for (int i = 0; i < 5; ++i)
            data.y(i) = i % 2;
        for (char delim : {',', ';', '\t'}) {
            const CsvReadResult r = readCsvText(datasetToCsv(data, delim));
            QVERIFY2(r.ok, r.error.c_str());
            QCOMPARE(r.delimiter, delim);
            requireSame(data, r.dataset);
        }
    }

    // Found by tests/fuzz/fuzz_csv: a name holding the other delimiters (more of them than
    // commas in the header) made the reader detect the wrong one; a name opening with a BOM
    // lost it, as the reader drops a BOM at the start of a file.
    void csvRoundTripNamesWithOtherDelimitersAndBom() {
        Dataset data = generateRandom(4, 2, 3);
        data.featureNames = {"tabs\t\t\tinside",
                             "\xEF\xBB\xBF"
                             "bom first"};
        data.targetName = "semi;colons;here";
        const std::string csv = datasetToCsv(data);
        const CsvReadResult r = readCsvText(csv);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.delimiter, ',');
        requireSame(data, r.dataset);
    }

    void csvUnsortedClassNamesKeepPerSampleNames() {
        Dataset data;
        QVERIFY(std::string().empty());
        std::string error;
        QVERIFY(loadBundledDataset("breast_cancer", data, error));
        const CsvReadResult r = readCsvText(datasetToCsv(data));
        QVERIFY2(r.ok, r.error.c_str());
        // Ids are renumbered in sorted name order, but every sample keeps its class name.
        QCOMPARE(r.dataset.classNames, (std::vector<std::string>{"benign", "malignant"}));
        for (int i = 0; i < data.samples(); ++i)
            QCOMPARE(r.dataset.classNames[static_cast<std::size_t>(r.dataset.y(i))],
                     data.classNames[static_cast<std::size_t>(data.y(i))]);
        QVERIFY(r.dataset.X == data.X);
    }

    void csvFileRoundTrip() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.csv").toStdString();
        Dataset data;
        std::string error;
        QVERIFY(loadBundledDataset("digits", data, error));
        QCOMPARE(writeDatasetCsv(data, path), std::string());
        const CsvReadResult r = readCsvFile(path);
        QVERIFY2(r.ok, r.error.c_str());
        requireSame(data, r.dataset);
        QVERIFY(!writeDatasetCsv(data, dir.filePath("no/such/dir/x.csv").toStdString()).empty());
    }

    void jsonRoundTrip() {
        for (const Dataset& data :
             {generateLowRank(20, 5, 4), generateShape(Shape2D::Moons, 15, 0.1, 2)}) {
            // Through text, as in a session file.
            const auto text = datasetToJson(data).dump();
            Dataset back;
            std::string error;
            QVERIFY2(datasetFromJson(nlohmann::json::parse(text), back, error), error.c_str());
            requireSame(data, back);
            QCOMPARE(back.name, data.name);
        }
    }

    void jsonDumpSurvivesInvalidUtf8() {
        Dataset data = generateRandom(2, 1, 0);
        data.name = "bad \xFF name";
        data.featureNames = {"\xE9t\xE9"};
        const std::string text = datasetToJson(data).dump();  // would throw on invalid UTF-8
        Dataset back;
        std::string error;
        QVERIFY2(datasetFromJson(nlohmann::json::parse(text), back, error), error.c_str());
        QCOMPARE(back.featureNames.front(), std::string("\xC3\xA9t\xC3\xA9"));
    }

    void jsonErrors_data() {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("expected");
        // Each row edits a valid document (a JSON merge patch) and names the expected error.
        QTest::newRow("not an object") << "[1]"
                                       << "expected an object";
        QTest::newRow("bad task") << R"({"task":"clustering"})"
                                  << "'task' must be";
        QTest::newRow("no X") << R"({"X":null})"
                              << "'X' must be an array of rows";
        QTest::newRow("ragged X") << R"({"X":[[1,2],[3]]})"
                                  << "X row 1 must have 3 numbers";
        QTest::newRow("text in X") << R"({"X":[[1,2,"a"],[1,2,3]]})"
                                   << "X row 1, column 3 is not a number";
        QTest::newRow("y too short") << R"({"y":[0]})"
                                     << "2 samples but 1 targets";
        QTest::newRow("y text") << R"({"y":[0,"b"]})"
                                << "y[1] is not a number";
        QTest::newRow("class id out of range") << R"({"y":[0,2]})"
                                               << "sample 2 is not an integer in 0..1";
        QTest::newRow("fractional class id") << R"({"y":[0,0.5]})"
                                             << "sample 2 is not an integer";
        QTest::newRow("names not strings") << R"({"featureNames":[1,2,3]})"
                                           << "'featureNames' must be an array of strings";
        QTest::newRow("too few names") << R"({"featureNames":["a"]})"
                                       << "X row 1 must have 1 numbers";
        QTest::newRow("no name") << R"({"name":null})"
                                 << "'name' and 'targetName' must be strings";
    }
    void jsonErrors() {
        QFETCH(QString, patch);
        QFETCH(QString, expected);
        Dataset valid;
        valid.name = "t";
        valid.X = Eigen::MatrixXd::Ones(2, 3);
        valid.y = Eigen::VectorXd::Zero(2);
        valid.featureNames = {"a", "b", "c"};
        valid.task = TaskKind::Classification;
        valid.classNames = {"n", "p"};
        nlohmann::json j = datasetToJson(valid);
        const auto p = nlohmann::json::parse(patch.toStdString());
        if (p.is_object())
            j.merge_patch(p);
        else
            j = p;
        Dataset out;
        std::string error;
        QVERIFY(!datasetFromJson(j, out, error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }

    void scalerJson() {
        Scaler s = Scaler::fit(Eigen::MatrixXd::Random(10, 3), ScalerKind::MinMax);
        Scaler back;
        std::string error;
        QVERIFY2(scalerFromJson(nlohmann::json::parse(scalerToJson(s).dump()), back, error),
                 error.c_str());
        QCOMPARE(back.kind, ScalerKind::MinMax);
        QVERIFY(back.offset == s.offset);
        QVERIFY(back.scale == s.scale);
        nlohmann::json bad = scalerToJson(s);
        bad["scale"][1] = 0.0;
        QVERIFY(!scalerFromJson(bad, back, error));
        QVERIFY(QString::fromStdString(error).contains("feature 2"));
        // The new kinds round-trip by their ids; an unknown id is refused.
        const Scaler g = Scaler::fit(Eigen::MatrixXd::Random(4, 2), ScalerKind::GlobalMinMax);
        QVERIFY(scalerFromJson(scalerToJson(g), back, error));
        QCOMPARE(back.kind, ScalerKind::GlobalMinMax);
        bad = scalerToJson(g);
        bad["kind"] = "global";
        QVERIFY(!scalerFromJson(bad, back, error));
    }

    void classCount() {
        // Dataset::classes() is the one class count: the names when there are any, otherwise
        // (a classification set built in code) the largest label + 1; regression has none.
        Dataset d = generateRandom(5, 2, 0);
        QCOMPARE(d.classes(), 0);
        d.task = TaskKind::Classification;
        d.y << 0, 3, 1, 1, 0;
        QCOMPARE(d.classes(), 4);
        d.classNames = {"a", "b", "c", "d", "e"};
        QCOMPARE(d.classes(), 5);  // a named class without samples still counts
        QCOMPARE(classLabels(d), (Eigen::VectorXi(5) << 0, 3, 1, 1, 0).finished());
    }
};

QTEST_APPLESS_MAIN(TestDatasetIo)
#include "test_dataset_io.moc"
