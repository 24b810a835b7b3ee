// resolveDataset: bundled datasets (shapes and facts of the public sources), generators, CSV files
// and every rejected spec with its message.
#include <QtTest>

#include <QTemporaryDir>

#include "core/data/bundled_datasets.h"
#include "core/data/dataset_catalog.h"

using namespace smip;

class TestDatasetCatalog : public QObject {
    Q_OBJECT
  private slots:
    void bundled_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("features");
        QTest::addColumn<QStringList>("classNames");
        QTest::addColumn<QList<int>>("classCounts");
        // Counts from the sources' documentation (UCI; scikit-learn's dataset descriptions).
        QTest::newRow("iris") << "iris" << 150 << 4
                              << QStringList{"setosa", "versicolor", "virginica"}
                              << QList<int>{50, 50, 50};
        QTest::newRow("wine") << "wine" << 178 << 13 << QStringList{"class_0", "class_1", "class_2"}
                              << QList<int>{59, 71, 48};
        QTest::newRow("breast_cancer")
            << "breast_cancer" << 569 << 30 << QStringList{"malignant", "benign"}
            << QList<int>{212, 357};
        QTest::newRow("digits") << "digits" << 1797 << 64
                                << QStringList{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
                                << QList<int>{178, 182, 177, 183, 181, 182, 181, 179, 174, 180};
    }
    void bundled() {
        QFETCH(QString, name);
        QFETCH(int, samples);
        QFETCH(int, features);
        QFETCH(QStringList, classNames);
        QFETCH(QList<int>, classCounts);
        DatasetSpec spec;
        spec.source = name.toStdString();
        spec.n = 0;  // ignored for bundled datasets
        Dataset data;
        std::string error;
        QVERIFY2(resolveDataset(spec, data, error), error.c_str());
        QCOMPARE(data.samples(), samples);
        QCOMPARE(data.features(), features);
        QCOMPARE(data.task, TaskKind::Classification);
        QCOMPARE(data.name, spec.source);
        QStringList names;
        for (const auto& n : data.classNames)
            names << QString::fromStdString(n);
        QCOMPARE(names, classNames);
        QList<int> counts(classNames.size(), 0);
        for (int i = 0; i < data.samples(); ++i)
            ++counts[static_cast<int>(data.y(i))];
        QCOMPARE(counts, classCounts);
        QVERIFY(validateDataset(data).empty());
    }

    void bundledFacts() {
        Dataset iris, digits;
        std::string error;
        QVERIFY(loadBundledDataset("iris", iris, error));
        // Fisher's first flower: 5.1, 3.5, 1.4, 0.2, setosa.
        QCOMPARE(iris.X(0, 0), 5.1);
        QCOMPARE(iris.X(0, 3), 0.2);
        QCOMPARE(iris.featureNames.front(), std::string("sepal_length_(cm)"));
        QVERIFY(loadBundledDataset("digits", digits, error));
        QCOMPARE(digits.X.minCoeff(), 0.0);  // 8×8 images with pixel counts 0..16
        QCOMPARE(digits.X.maxCoeff(), 16.0);
        QVERIFY(bundledCsvText("nope").empty());
        QVERIFY(!loadBundledDataset("nope", iris, error));
    }

    void bundledWithTarget() {
        DatasetSpec spec;
        spec.source = "iris";
        spec.targetColumn = "petal_width_(cm)";  // regression on a feature
        Dataset data;
        std::string error;
        QVERIFY2(resolveDataset(spec, data, error), error.c_str());
        QCOMPARE(data.task, TaskKind::Regression);
        QCOMPARE(data.features(), 4);  // three measurements + the label column
        QCOMPARE(data.y(0), 0.2);
        spec.targetColumn = "colour";
        QVERIFY(!resolveDataset(spec, data, error));
        QVERIFY2(QString::fromStdString(error).contains("unknown target column 'colour'"),
                 error.c_str());
    }

    void names() {
        QCOMPARE(generatorNames().size(), std::size_t(13));
        QCOMPARE(bundledDatasetNames(),
                 (std::vector<std::string>{"iris", "wine", "breast_cancer", "digits"}));
    }

    void csvFiles() {
        QTemporaryDir dir;
        const auto write = [&](const QString& file, const QByteArray& text) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("ok.CSV", "a,b,t\n1,2,3\n4,5,6\n");
        write("noext", "a,b,t\n1,2,3\n");
        write("bad.csv", "a,b,t\n1,2,3\n4,x,6\n");
        DatasetSpec spec;
        spec.source = dir.filePath("ok.CSV").toStdString();
        spec.targetColumn = "a";
        Dataset data;
        std::string error;
        QVERIFY2(resolveDataset(spec, data, error), error.c_str());
        QCOMPARE(data.name, std::string("ok"));
        QCOMPARE(data.y(1), 4.0);
        QCOMPARE(data.featureNames, (std::vector<std::string>{"b", "t"}));
        spec.source = dir.filePath("noext").toStdString();  // an existing file without .csv
        spec.targetColumn.clear();
        QVERIFY2(resolveDataset(spec, data, error), error.c_str());
        QCOMPARE(data.samples(), 1);
        spec.source = dir.filePath("bad.csv").toStdString();
        QVERIFY(!resolveDataset(spec, data, error));
        QVERIFY2(QString::fromStdString(error).contains("bad.csv': row 3, column 2 (b)"),
                 error.c_str());
        QCOMPARE(data.samples(), 1);  // `out` untouched on failure
    }

    void errors_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "" << 7 << 5 << 0.1 << "no dataset given";
        QTest::newRow("unknown")
            << "randon" << 7 << 5 << 0.1
            << "unknown dataset 'randon': expected a generator (random, teacher";
        QTest::newRow("n = 0") << "random" << 0 << 5 << 0.1
                               << "n must be between 1 and 1000000, got 0";
        QTest::newRow("n too big")
            << "teacher" << 2000000 << 1 << 0.1 << "n must be between 1 and 1000000";
        QTest::newRow("d = 0") << "lowrank" << 7 << 0 << 0.1 << "d must be at least 1, got 0";
        QTest::newRow("n·d too big")
            << "random" << 1000000 << 51 << 0.1 << "exceeds the limit of 50000000";
        QTest::newRow("teacher too big")
            << "teacher" << 100000 << 5 << 0.1 << "planted network has ceil(n/2)";
        QTest::newRow("shape n = 0") << "spiral" << 0 << 2 << 0.1 << "n must be between 1";
        QTest::newRow("negative noise")
            << "moons" << 10 << 2 << -0.5 << "noise must be a finite number";
        QTest::newRow("nan noise")
            << "xor" << 10 << 2 << std::nan("") << "noise must be a finite number";
        QTest::newRow("missing csv")
            << "/no/such/file.csv" << 7 << 5 << 0.1 << "cannot open '/no/such/file.csv'";
    }
    void errors() {
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(double, noise);
        QFETCH(QString, expected);
        DatasetSpec spec;
        spec.source = source.toStdString();
        spec.n = n;
        spec.d = d;
        spec.noise = noise;
        Dataset data;
        std::string error;
        QVERIFY(!resolveDataset(spec, data, error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }

    void shapesIgnoreD() {
        DatasetSpec spec;
        spec.source = "blobs";
        spec.n = 9;
        spec.d = 0;
        Dataset data;
        std::string error;
        QVERIFY2(resolveDataset(spec, data, error), error.c_str());
        QCOMPARE(data.features(), 2);
        QCOMPARE(data.classes(), 3);
    }
};

QTEST_APPLESS_MAIN(TestDatasetCatalog)
#include "test_dataset_catalog.moc"
