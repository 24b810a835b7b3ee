// Tests of writeFileAtomically / readWholeFile (core/common/atomic_file.h): a write replaces the
// file whole; a write that fails half way (file size limit hit after part of the content was
// written), or whose temporary file cannot be created, or that cannot be renamed into place,
// leaves the old file byte for byte and no temporary file behind.
#include <QtTest>

#include <sys/resource.h>

#include <QDir>
#include <QTemporaryDir>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/atomic_file.h"

using namespace smip;

namespace {

std::string slurp(const std::string& path) {
    std::string content, error;
    if (!readWholeFile(path, content, error)) return "<unreadable: " + error + ">";
    return content;
}

// Names in `dir`, sorted.
QStringList entries(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Limits the size of files this process may write (RLIMIT_FSIZE, honoured even for root) and
// turns SIGXFSZ into an EFBIG error; both are restored on destruction.
class FileSizeLimit {
  public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &old_);
        oldHandler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim = old_;
        lim.rlim_cur = bytes;
        ok_ = setrlimit(RLIMIT_FSIZE, &lim) == 0;
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &old_);
        std::signal(SIGXFSZ, oldHandler_);
    }
    bool ok() const { return ok_; }

  private:
    rlimit old_{};
    void (*oldHandler_)(int) = nullptr;
    bool ok_ = false;
};

}  // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
  private slots:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.json").toStdString();
        QCOMPARE(writeFileAtomically(path, "first version\n"), std::string());
        QCOMPARE(slurp(path), std::string("first version\n"));
        QCOMPARE(writeFileAtomically(path, "second"), std::string());
        QCOMPARE(slurp(path), std::string("second"));
        QCOMPARE(writeFileAtomically(path, ""), std::string());  // empty content is a file too
        QCOMPARE(slurp(path), std::string());
        QCOMPARE(entries(dir), QStringList{"out.json"});  // no temporary file left
    }

    void writeFailingHalfWayKeepsTheOldFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("session.json").toStdString();
        const std::string old = "{\"old\": true}\n";
        QCOMPARE(writeFileAtomically(path, old), std::string());
        // 1 MiB against a 4 KiB limit: the first 4 KiB are written, then write() fails (EFBIG).
        const std::string big(1 << 20, 'x');
        std::string error;
        {
            FileSizeLimit limit(4096);
            QVERIFY2(limit.ok(), "setrlimit(RLIMIT_FSIZE) failed");
            error = writeFileAtomically(path, big);
        }
        QVERIFY2(!error.empty(), "the write did not fail");
        QVERIFY2(error.find(path) != std::string::npos, error.c_str());  // names the file
        QCOMPARE(slurp(path), old);                                      // old file intact
        QCOMPARE(entries(dir), QStringList{"session.json"});             // no partial temp file
        // And the next write works again.
        QCOMPARE(writeFileAtomically(path, big), std::string());
        QCOMPARE(slurp(path).size(), big.size());
    }

    void temporaryFileCannotBeCreated() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing-dir/out.txt").toStdString();
        const std::string error = writeFileAtomically(path, "content");
        QVERIFY(!error.empty());
        QVERIFY2(error.find("missing-dir") != std::string::npos, error.c_str());
        QVERIFY(!std::filesystem::exists(path));
        QVERIFY(entries(dir).isEmpty());
    }

    void renameOntoADirectoryFailsCleanly() {
        // The target is a non-empty directory: the content is written, the rename fails; the
        // directory and what it holds are untouched and the temporary file is removed.
        QTemporaryDir dir;
        const std::string target = dir.filePath("taken").toStdString();
        std::filesystem::create_directory(target);
        std::ofstream(target + "/keep.txt") << "kept";
        const std::string error = writeFileAtomically(target, "content");
        QVERIFY(!error.empty());
        QVERIFY2(error.find("cannot replace") != std::string::npos, error.c_str());
        QVERIFY(std::filesystem::is_directory(target));
        QCOMPARE(slurp(target + "/keep.txt"), std::string("kept"));
        QCOMPARE(entries(dir), QStringList{"taken"});
    }

    void readWholeFileReportsProblems() {
        QTemporaryDir dir;
        std::string content, error;
        const std::string missing = dir.filePath("nope.txt").toStdString();
        QVERIFY(!readWholeFile(missing, content, error));
        QVERIFY2(error.find(missing) != std::string::npos, error.c_str());
        const std::string path = dir.filePath("ten.txt").toStdString();
        QCOMPARE(writeFileAtomically(path, "0123456789"), std::string());
        error.clear();
        QVERIFY(!readWholeFile(path, content, error, 9));
        QVERIFY2(error.find("too large") != std::string::npos, error.c_str());
        QVERIFY(readWholeFile(path, content, error, 10));
        QCOMPARE(content, std::string("0123456789"));
    }
};

QTEST_APPLESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
