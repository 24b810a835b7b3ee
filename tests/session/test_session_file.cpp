// Session files: round trip, atomic overwrite, and clear errors for foreign or broken files.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "core/data/generators.h"
#include "core/session/session_file.h"

using namespace smip;

class TestSessionFile : public QObject {
    Q_OBJECT
  private slots:
    void roundTrip() {
        QTemporaryDir dir;
        SessionSnapshot s;
        s.dataset = generateRandom(6, 3, 4);
        s.datasetOrigin = "random N=6";
        s.trainConfig.epochs = 1234;
        s.trainConfig.lr = 0.02;
        RegularizerSpec spec;
        QVERIFY(RegularizerSpec::parse("p0.4", spec));
        s.regularizers = {spec};
        TrainResult r;
        r.regularizer = spec;
        r.net = initShallowNet(3, 6, 1);
        r.final.mse = 0.25;
        r.final.nonzeros = 7;
        r.history.push_back({0, r.final});
        s.results = {r};
        s.pages["sparsest"] = {{"time_limit", 30}};
        const std::string path = dir.filePath("s.json").toStdString();
        QCOMPARE(QString::fromStdString(saveSessionFile(s, path)), QString());
        SessionSnapshot back;
        std::string error;
        QVERIFY2(loadSessionFile(path, back, error), error.c_str());
        QCOMPARE(back.dataset.samples(), 6);
        QVERIFY(back.dataset.X.isApprox(s.dataset.X));
        QCOMPARE(back.datasetOrigin, s.datasetOrigin);
        QCOMPARE(back.trainConfig.epochs, 1234);
        QCOMPARE(back.regularizers.size(), std::size_t(1));
        QCOMPARE(back.regularizers[0].id(), std::string("p0.4"));
        QCOMPARE(back.results.size(), std::size_t(1));
        QCOMPARE(back.results[0].final.nonzeros, 7);
        QVERIFY(back.results[0].net.W.isApprox(r.net.W));
        QCOMPARE(back.pages["sparsest"]["time_limit"].get<int>(), 30);
    }

    void rejectsForeignAndBrokenFiles_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << "{ nope"
                                  << "not valid JSON";
        QTest::newRow("other json") << "{\"a\": 1}"
                                    << "not a SparseMIP Studio session";
        QTest::newRow("newer") << "{\"format\":\"sparsemip-session\",\"version\":99}"
                               << "newer";
        QTest::newRow("no dataset") << "{\"format\":\"sparsemip-session\",\"version\":1}"
                                    << "malformed session";
    }
    void rejectsForeignAndBrokenFiles() {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad.json").toStdString();
        std::ofstream(path) << content.toStdString();
        SessionSnapshot s;
        s.datasetOrigin = "untouched";
        std::string error;
        QVERIFY(!loadSessionFile(path, s, error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QCOMPARE(s.datasetOrigin, std::string("untouched"));
    }

    void missingFileNamesPath() {
        SessionSnapshot s;
        std::string error;
        QVERIFY(!loadSessionFile("/nonexistent/x.json", s, error));
        QVERIFY(QString::fromStdString(error).contains("/nonexistent/x.json"));
    }
};

QTEST_APPLESS_MAIN(TestSessionFile)
#include "test_session_file.moc"
