// `sparsemip train` end to end: a short run writes valid JSON; bad flags and files fail with a
// message on stderr and a nonzero exit code. Needs the sparsemip executable (SPARSEMIP_CLI).
#include <QtTest>

#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

class TestTrainCommand : public QObject {
    Q_OBJECT
  private:
    QString cli() const { return qEnvironmentVariable("SPARSEMIP_CLI"); }
    int run(const QStringList& args, QByteArray* err = nullptr) {
        QProcess p;
        p.start(cli(), QStringList{"train"} + args);
        if (!p.waitForFinished(60000)) return -1;
        if (err) *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
  private slots:
    void initTestCase() {
        if (cli().isEmpty() || !QFileInfo::exists(cli())) QFAIL("SPARSEMIP_CLI not built");
    }

    void shortRunWritesJson() {
        QTemporaryDir dir;
        const QString out = dir.filePath("train.json");
        QByteArray err;
        QCOMPARE(run({"--epochs", "300", "--regularizers", "none,p0.4", "--json", out}, &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(int(j["results"].size()), 2);
        QCOMPARE(QString::fromStdString(j["results"][1]["regularizer"].get<std::string>()),
                 QString("p0.4"));
        QCOMPARE(j["results"][0]["epochs"].get<int>(), 300);
        QCOMPARE(j["width"].get<int>(), 7);                   // K = N by default
        QCOMPARE(int(j["results"][0]["history"].size()), 4);  // epochs 0, 100, 200, 300
    }

    void badInputFails_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flag") << QStringList{"--epoch", "5"} << "--epoch";
        QTest::newRow("bad number") << QStringList{"--lr", "fast"} << "--lr";
        QTest::newRow("bad regularizer") << QStringList{"--regularizers", "none,p3"} << "p3";
        QTest::newRow("missing file")
            << QStringList{"--dataset", "/no/such/file.csv"} << "/no/such/file.csv";
        QTest::newRow("negative epochs") << QStringList{"--epochs", "-1"} << "--epochs";
    }
    void badInputFails() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QByteArray err;
        const int code = run(args, &err);
        QVERIFY(code > 0);
        QVERIFY2(QString::fromUtf8(err).contains(mentions), err.constData());
    }
};

QTEST_APPLESS_MAIN(TestTrainCommand)
#include "test_train_command.moc"
