// The bad-input corpus (tests/data/bad/): every malformed CSV and MPS file goes through the CLI
// command that reads it and must be refused with the exit code and the message its
// `<name>.expected` gives, on stderr, without a crash and without writing the output file.
// `.expected` lines: "exit: N", "stderr: SUBSTRING", optionally "args: ..." ({file} and {out}
// are replaced; default: `dataset --dataset {file} --json {out}` for .csv and
// `solve --mps {file} --json {out} --quiet` for .mps); "#" starts a comment.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "tests/cli/cli_process.h"

using smip::test::CliRun;
using smip::test::runCli;

namespace {

struct Expectation {
    QString args;
    int exit = -1;
    QString stderrPart;
    QString problem;  ///< non-empty when the .expected file itself is malformed
};

Expectation readExpectation(const QString& path) {
    Expectation e;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        e.problem = "missing " + path;
        return e;
    }
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) continue;
        const qsizetype colon = line.indexOf(": ");
        const QString key = line.left(colon), value = line.mid(colon + 2);
        if (colon < 0)
            e.problem = "no 'key: value' in line '" + line + "'";
        else if (key == "exit")
            e.exit = value.toInt();
        else if (key == "stderr")
            e.stderrPart = value;
        else if (key == "args")
            e.args = value;
        else
            e.problem = "unknown key '" + key + "'";
    }
    if (e.exit < 0 || e.stderrPart.isEmpty()) e.problem = path + " needs 'exit:' and 'stderr:'";
    return e;
}

QString defaultArgs(const QString& name) {
    return name.endsWith(".mps") ? "solve --mps {file} --json {out} --quiet"
                                 : "dataset --dataset {file} --json {out}";
}

QDir corpusDir() {
    return QDir(QStringLiteral(SPARSEMIP_BAD_INPUTS));
}

QByteArray describe(const CliRun& r) {
    return QString("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err).toUtf8();
}

bool hasRawControlByte(const QString& text) {
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != '\n' && c != '\t') || c.unicode() == 0x7f) return true;
    return false;
}

}  // namespace

class TestCliBadInputs : public QObject {
    Q_OBJECT
  private slots:
    // Every input has its .expected and every .expected its input, so no file is skipped.
    void corpusIsComplete() {
        const QDir dir = corpusDir();
        const QStringList expected = dir.entryList({"*.expected"}, QDir::Files);
        QVERIFY2(expected.size() >= 40, "tests/data/bad/ lost its files");
        for (const QString& e : expected) {
            const QString input = e.chopped(int(QStringLiteral(".expected").size()));
            QVERIFY2(dir.exists(input), qPrintable(e + " has no input file"));
        }
        for (const QString& input : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
            if (!input.endsWith(".expected"))
                QVERIFY2(dir.exists(input + ".expected"), qPrintable(input + " has no .expected"));
    }

    void badInputIsRefused_data() {
        QTest::addColumn<QString>("input");
        const QDir dir = corpusDir();
        for (const QString& e : dir.entryList({"*.expected"}, QDir::Files)) {
            const QString input = e.chopped(int(QStringLiteral(".expected").size()));
            QTest::newRow(qPrintable(input)) << input;
        }
    }
    void badInputIsRefused() {
        QFETCH(QString, input);
        const QDir dir = corpusDir();
        const Expectation e = readExpectation(dir.filePath(input + ".expected"));
        QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
        QTemporaryDir out;
        const QString outPath = out.filePath("out.json");
        QStringList args = (e.args.isEmpty() ? defaultArgs(input) : e.args).split(' ');
        for (QString& a : args)
            a.replace("{file}", dir.filePath(input)).replace("{out}", outPath);
        const CliRun r = runCli(args);
        QVERIFY2(r.code >= 0, "crashed or hung: " + describe(r));
        QVERIFY2(r.code == e.exit, describe(r));
        QVERIFY2(r.err.contains(e.stderrPart), describe(r));
        QVERIFY2(!hasRawControlByte(r.err), describe(r));
        QVERIFY2(!QFile::exists(outPath), "the output was written: " + describe(r));
    }
};

QTEST_APPLESS_MAIN(TestCliBadInputs)
#include "test_cli_bad_inputs.moc"
