// CSV import: every malformed input gives an error naming row and column; the accepted dialects
// (BOM, CRLF, semicolon/tab, quotes, headers, string labels) parse to hand-checked values.
#include <QtTest>

#include <QTemporaryDir>

#include "core/data/csv_reader.h"

using namespace smip;
using namespace std::string_literals;

Q_DECLARE_METATYPE(std::string)

class TestCsvReader : public QObject {
    Q_OBJECT
  private slots:
    void malformed_data() {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* tag, std::string text, const char* target,
                            const char* expected) {
            QTest::newRow(tag) << text << QString(target) << QString(expected);
        };
        row("empty", "", "", "the file is empty");
        row("whitespace only", " \n\r\n  \n", "", "the file is empty");
        row("BOM only", "\xEF\xBB\xBF", "", "the file is empty");
        row("UTF-16 LE",
            "\xFF\xFE"
            "a\0,\0y\0\n\0"
            "1\0,\0"
            "2\0\n\0"s,
            "", "the file is UTF-16 (little-endian byte-order mark); save it as UTF-8");
        row("UTF-16 BE",
            "\xFE\xFF\0a\0,\0y\0\n\0"
            "1\0,\0"
            "2\0\n"s,
            "", "the file is UTF-16 (big-endian byte-order mark); save it as UTF-8");
        row("NUL escaped", "a,b,y\n1,x\0z,3\n"s, "",
            "row 2, column 2 (b): 'x\\x00z' is not a number");
        row("header only", "a,b,label\n", "", "header row but no data rows");
        row("header only CRLF", "a,b,label\r\n\r\n", "", "header row but no data rows");
        row("short row", "a,b,y\n1,2,3\n4,5\n", "", "row 3 has 2 fields, expected 3");
        row("long row", "a,b,y\n1,2,3\n4,5,6,7\n", "", "row 3 has 4 fields, expected 3");
        row("headerless ragged", "1,2,3\n4,5\n", "", "row 2 has 2 fields, expected 3");
        row("non-numeric", "a,b,y\n1,2,3\n4,abc,6\n", "",
            "row 3, column 2 (b): 'abc' is not a number");
        row("non-numeric CRLF", "a,b,y\r\n1,2,3\r\n4,x,6\r\n", "",
            "row 3, column 2 (b): 'x' is not a number");
        row("headerless non-numeric", "1,2,3\n4,5,6\n7,oops,9\n", "",
            "row 3, column 2: 'oops' is not a number");
        row("nan", "a,b,y\n1,nan,3\n", "", "row 2, column 2 (b): NaN or infinite value 'nan'");
        row("NaN caps", "a,b,y\n1,2,3\n4,NaN,6\n", "", "row 3, column 2 (b): NaN or infinite");
        row("inf", "a,b,y\n1,2,3\n-inf,2,3\n", "", "row 3, column 1 (a): NaN or infinite");
        row("overflow", "a,b,y\n1e999,2,3\n", "", "row 2, column 1 (a): NaN or infinite");
        row("target nan", "a,b,y\n1,2,nan\n", "", "row 2, column 3 (y): NaN or infinite");
        row("empty cell", "a,b,y\n1,,3\n", "", "row 2, column 2 (b): empty cell");
        row("NA cell", "a,b,y\n1,NA,3\n", "", "row 2, column 2 (b): missing value 'NA'");
        row("missing target", "a,b,y\n1,2,3\n1,2,\n", "",
            "row 3, column 3 (y): missing target value");
        row("duplicate header", "a,b,a,y\n1,2,3,4\n", "",
            "row 1, column 3: duplicate column name 'a' (also column 1)");
        row("unknown target", "a,b,y\n1,2,3\n", "zzz",
            "unknown target column 'zzz' (columns: a, b, y)");
        row("target index too big", "a,b,y\n1,2,3\n", "4",
            "target column 4 is out of range: the file has 3 columns");
        row("target index zero", "a,b,y\n1,2,3\n", "0", "target column 0 is out of range");
        row("headerless target name", "1,2,3\n4,5,6\n", "y",
            "unknown target column 'y': the file has no header row");
        row("blank line inside", "a,b,y\n1,2,3\n\n4,5,6\n", "", "row 3 is empty");
        row("leading blank line", "\na,b,y\n1,2,3\n", "", "row 1 is empty");
        row("unclosed quote", "a,b,y\n1,\"2,3\n4,5,6\n", "",
            "row 2, column 2: a quoted field is not closed");
        row("text after quote", "a,b,y\n\"1\"x,2,3\n", "",
            "row 2, column 1: unexpected text after the closing quote");
        row("single column", "a\n1\n2\n", "", "row 1 has a single column");
        row("multi-line quoted field keeps row numbers",
            "a,b,y\n1,2,3\n\"multi\nline\",2,3\n4,5,6\n", "",
            "row 3, column 1 (a): 'multi\nline' is not a number");
        row("row after multi-line field", "a,b,y\n1,\"2\",\"x\ny\"\n4,q,6\n", "",
            "row 3, column 2 (b): 'q' is not a number");
        row("double sign", "a,b,y\n+-1,2,3\n", "", "row 2, column 1 (a): '+-1' is not a number");
        row("hex", "a,b,y\n0x10,2,3\n", "", "row 2, column 1 (a): '0x10' is not a number");
    }
    void malformed() {
        QFETCH(std::string, text);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        CsvReadOptions options;
        options.targetColumn = target.toStdString();
        const CsvReadResult r = readCsvText(text, options);
        QVERIFY(!r.ok);
        QVERIFY2(QString::fromStdString(r.error).contains(expected),
                 ("error was: " + r.error).c_str());
        QCOMPARE(r.dataset.samples(), 0);
    }

    void limits() {
        CsvReadOptions options;
        options.maxBytes = 10;
        CsvReadResult r = readCsvText("a,b,y\n1,2,3\n4,5,6\n", options);
        QVERIFY(!r.ok);
        QVERIFY(QString::fromStdString(r.error).contains("too large"));
        options = {};
        options.maxCells = 5;  // the header does not count; row 3 brings the total to 6
        r = readCsvText("a,b,y\n1,2,3\n4,5,6\n", options);
        QVERIFY(!r.ok);
        QVERIFY2(
            QString::fromStdString(r.error).contains("too many cells (limit 5, exceeded at row 3)"),
            r.error.c_str());
        QTemporaryDir dir;
        const std::string path = dir.filePath("big.csv").toStdString();
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,y\n1,2,3\n4,5,6\n");
        f.close();
        options = {};
        options.maxBytes = 12;
        r = readCsvFile(path, options);
        QVERIFY(!r.ok);
        QVERIFY(QString::fromStdString(r.error).contains("too large"));
        QVERIFY(QString::fromStdString(r.error).contains("big.csv"));
        r = readCsvFile(dir.filePath("missing.csv").toStdString());
        QVERIFY(!r.ok);
        QVERIFY(QString::fromStdString(r.error).contains("cannot open"));
        r = readCsvFile(path);
        QVERIFY(r.ok);
        QCOMPARE(r.dataset.name, std::string("big"));
    }

    void forcedRegressionRejectsText() {
        CsvReadOptions options;
        options.task = CsvTaskRule::Regression;
        const CsvReadResult r = readCsvText("a,y\n1,2\n3,cat\n", options);
        QVERIFY(!r.ok);
        QVERIFY2(
            QString::fromStdString(r.error).contains("row 3, column 2 (y): 'cat' is not a number"),
            r.error.c_str());
    }

    void errorsQuoteNoControlBytes() {
        const CsvReadResult r = readCsvText("a,b,y\n1,\x1b[2J\0,3\n"s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find('\0') == std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find('\x1b') == std::string::npos, r.error.c_str());
        QVERIFY2(r.error.find("'\\x1b[2J\\x00'") != std::string::npos, r.error.c_str());
    }

    void everyLeadingBomIsDropped() {
        const CsvReadResult r = readCsvText(
            "\xEF\xBB\xBF\xEF\xBB\xBF"
            "a,b,y\n1,2,3\n");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"a", "b"}));
    }

    void bomCrlfHeader() {
        const CsvReadResult r = readCsvText(
            "\xEF\xBB\xBF"
            "a,b,y\r\n1,2,3\r\n4,5,6\r\n\r\n  \r\n");
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(r.hasHeader);
        const Dataset& d = r.dataset;
        QCOMPARE(d.featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(d.targetName, std::string("y"));
        QCOMPARE(d.samples(), 2);
        QCOMPARE(d.X(0, 0), 1.0);
        QCOMPARE(d.X(1, 1), 5.0);
        QCOMPARE(d.y(1), 6.0);
        QCOMPARE(d.task, TaskKind::Regression);
    }

    void delimiters_data() {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << std::string("a,b,y\n1.5,2,3\n") << ',';
        QTest::newRow("semicolon") << std::string("a;b;y\n1.5;2;3\n") << ';';
        QTest::newRow("semicolon decimal comma") << std::string("a;b;y\n1,5;2;3\n") << ';';
        QTest::newRow("tab") << std::string("a\tb\ty\n1.5\t2\t3\n") << '\t';
        QTest::newRow("lone CR") << std::string("a,b,y\r1.5,2,3\r") << ',';
        QTest::newRow("spaces") << std::string(" a , b ,y\n 1.5 ,  2,3 \n") << ',';
        QTest::newRow("plus sign") << std::string("a,b,y\n+1.5,+2,3\n") << ',';
        QTest::newRow("quoted numbers")
            << std::string("\"a\",\"b\",\"y\"\n\"1.5\",\"2\",\"3\"\n") << ',';
    }
    void delimiters() {
        QFETCH(std::string, text);
        QFETCH(char, delimiter);
        const CsvReadResult r = readCsvText(text);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.delimiter, delimiter);
        QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(r.dataset.X(0, 0), 1.5);
        QCOMPARE(r.dataset.X(0, 1), 2.0);
        QCOMPARE(r.dataset.y(0), 3.0);
    }

    void quotedFields() {
        const CsvReadResult r =
            readCsvText("\"x, one\",\"say \"\"hi\"\"\",\"multi\nline\"\n1,2,3\n");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"x, one", "say \"hi\""}));
        QCOMPARE(r.dataset.targetName, std::string("multi\nline"));
    }

    void headerDetection_data() {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<bool>("header");
        QTest::addColumn<int>("samples");
        QTest::newRow("names") << std::string("a,b,y\n1,2,3\n") << true << 1;
        QTest::newRow("numbers") << std::string("1,2,3\n4,5,6\n") << false << 2;
        QTest::newRow("single numeric row") << std::string("1,2,3\n") << false << 1;
        QTest::newRow("numeric names + label")
            << std::string("1,2,label\n0.5,0.7,0\n") << true << 1;
        QTest::newRow("headerless string labels")
            << std::string("5.1,3.5,setosa\n4.9,3.0,virginica\n") << false << 2;
        QTest::newRow("empty header cell") << std::string(",a,y\n0,1,2\n") << true << 1;
    }
    void headerDetection() {
        QFETCH(std::string, text);
        QFETCH(bool, header);
        QFETCH(int, samples);
        const CsvReadResult r = readCsvText(text);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.hasHeader, header);
        QCOMPARE(r.dataset.samples(), samples);
        if (!header) {
            QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
            QCOMPARE(r.dataset.targetName, std::string("y"));
        }
    }

    void headerRuleOverrides() {
        // Numeric feature names and text labels: undetectable without a hint.
        const std::string text = "400,410,species\n5.1,3.5,setosa\n4.9,3.0,virginica\n";
        CsvReadResult r = readCsvText(text);
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(!r.hasHeader);
        QCOMPARE(r.dataset.samples(), 3);
        CsvReadOptions named;
        named.targetColumn = "species";  // naming the target reveals the header
        r = readCsvText(text, named);
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(r.hasHeader);
        QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"400", "410"}));
        CsvReadOptions forced;
        forced.header = CsvHeaderRule::Present;
        r = readCsvText(text, forced);
        QVERIFY(r.hasHeader);
        QCOMPARE(r.dataset.samples(), 2);
        forced.header = CsvHeaderRule::Absent;
        r = readCsvText("a,b,y\n1,2,3\n", forced);
        QVERIFY(!r.ok);
        QVERIFY(QString::fromStdString(r.error).contains("row 1, column 1: 'a' is not a number"));
    }

    void emptyHeaderNameIsGenerated() {
        const CsvReadResult r = readCsvText(",a,y\n0,1,2\n");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.featureNames.front(), std::string("column_1"));
    }

    void targets_data() {
        QTest::addColumn<std::string>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("classification");
        QTest::addColumn<QStringList>("classNames");
        QTest::addColumn<QList<double>>("y");
        QTest::newRow("string labels sorted")
            << std::string("f,species\n1,b\n2,a\n3,c\n2,b\n") << "" << true
            << QStringList{"a", "b", "c"} << QList<double>{1, 0, 2, 1};
        QTest::newRow("headerless strings")
            << std::string("5.1,3.5,setosa\n4.9,3.0,virginica\n6,3,setosa\n") << "" << true
            << QStringList{"setosa", "virginica"} << QList<double>{0, 1, 0};
        QTest::newRow("label ints") << std::string("f,label\n1,2\n2,5\n3,2\n") << "" << true
                                    << QStringList{"2", "5"} << QList<double>{0, 1, 0};
        QTest::newRow("label 0..2") << std::string("f,label\n1,2\n2,0\n3,1\n") << "" << true
                                    << QStringList{"0", "1", "2"} << QList<double>{2, 0, 1};
        QTest::newRow("Class (any case) -1/1") << std::string("f,Class\n1,-1\n2,1\n") << "" << true
                                               << QStringList{"-1", "1"} << QList<double>{0, 1};
        QTest::newRow("label non-integer → regression")
            << std::string("f,label\n1,0.5\n2,1\n") << "" << false << QStringList{}
            << QList<double>{0.5, 1};
        QTest::newRow("ints named y → regression") << std::string("f,y\n1,0\n2,1\n") << "" << false
                                                   << QStringList{} << QList<double>{0, 1};
        QTest::newRow("target by name in the middle")
            << std::string("a,t,b\n1,2,3\n4,5,6\n") << "t" << false << QStringList{}
            << QList<double>{2, 5};
        QTest::newRow("target by index") << std::string("a,t,b\n1,2,3\n4,5,6\n") << "1" << false
                                         << QStringList{} << QList<double>{1, 4};
        QTest::newRow("headerless target index") << std::string("1,2,3\n4,5,6\n") << "2" << false
                                                 << QStringList{} << QList<double>{2, 5};
    }
    void targets() {
        QFETCH(std::string, text);
        QFETCH(QString, target);
        QFETCH(bool, classification);
        QFETCH(QStringList, classNames);
        QFETCH(QList<double>, y);
        CsvReadOptions options;
        options.targetColumn = target.toStdString();
        const CsvReadResult r = readCsvText(text, options);
        QVERIFY2(r.ok, r.error.c_str());
        const Dataset& d = r.dataset;
        QCOMPARE(d.task, classification ? TaskKind::Classification : TaskKind::Regression);
        QStringList names;
        for (const auto& n : d.classNames)
            names << QString::fromStdString(n);
        QCOMPARE(names, classNames);
        QCOMPARE(d.y.size(), Eigen::Index(y.size()));
        for (int i = 0; i < y.size(); ++i)
            QCOMPARE(d.y(i), y[i]);
    }

    void targetByNameKeepsOtherColumns() {
        CsvReadOptions options;
        options.targetColumn = "t";
        const CsvReadResult r = readCsvText("a,t,b\n1,2,3\n4,5,6\n", options);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(r.dataset.X(1, 0), 4.0);
        QCOMPARE(r.dataset.X(1, 1), 6.0);
    }

    void forcedClassification() {
        CsvReadOptions options;
        options.task = CsvTaskRule::Classification;
        const CsvReadResult r = readCsvText("f,y\n1,0.5\n2,-3\n3,0.5\n", options);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.classNames, (std::vector<std::string>{"-3", "0.5"}));
        QCOMPARE(r.dataset.y(0), 1.0);
        QCOMPARE(r.dataset.y(1), 0.0);
    }

    void latin1BecomesUtf8() {
        // "café" and "señal" saved as Latin-1 by an old spreadsheet: bytes E9 and F1.
        const CsvReadResult r = readCsvText(
            "caf\xE9,label\n1,se\xF1"
            "al\n2,b\n");
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.featureNames.front(), std::string("caf\xC3\xA9"));
        QCOMPARE(r.dataset.classNames, (std::vector<std::string>{"b",
                                                                 "se\xC3\xB1"
                                                                 "al"}));
        // Valid UTF-8 is kept as is.
        const CsvReadResult u = readCsvText("caf\xC3\xA9,y\n1,2\n");
        QCOMPARE(u.dataset.featureNames.front(), std::string("caf\xC3\xA9"));
        // Error messages quoting a cell are valid UTF-8 too.
        const CsvReadResult e = readCsvText("a,y\n\xFF\xFE,2\n");
        QVERIFY(!e.ok);
        QVERIFY(QString::fromStdString(e.error).contains(
            QString::fromUtf8("'\xC3\xBF\xC3\xBE' is not a number")));
    }

    void largeFileParses() {
        // 20,000 × 11 cells: the reader keeps every row (no silent drops).
        std::string text = "a,b,c,d,e,f,g,h,i,j,y\n";
        for (int i = 0; i < 20000; ++i) {
            for (int j = 0; j < 10; ++j)
                text += std::to_string(i * 10 + j) + ",";
            text += std::to_string(i) + "\n";
        }
        const CsvReadResult r = readCsvText(text);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.dataset.samples(), 20000);
        QCOMPARE(r.dataset.X(19999, 9), 199999.0);
        QCOMPARE(r.dataset.y(12345), 12345.0);
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
