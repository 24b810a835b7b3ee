// The one shape of "can this run start?" (core/common/config_issues.h) and the MILP memory
// estimate every feature's size check shares (core/common/memory_budget.h).
#include <QtTest>

#include "core/common/config_issues.h"
#include "core/common/memory_budget.h"

using namespace smip;

class TestConfigIssues : public QObject {
    Q_OBJECT
  private slots:
    void severitiesDecideWhetherARunStarts() {
        ConfigIssues issues;
        QVERIFY(issues.canStart() && !issues.needsConfirmation());
        issues.warning("w-bound", "bounds beyond the reliable range");
        QVERIFY(issues.canStart() && !issues.needsConfirmation());
        issues.large("width", "needs 8 TB");
        QVERIFY(issues.canStart() && issues.needsConfirmation());
        issues.require(true, "epochs", "never added");
        QVERIFY(issues.canStart());
        issues.require(false, "epochs", "epochs must be >= 0");
        issues.invalid("data", "the dataset has no samples");
        QVERIFY(!issues.canStart());
        QCOMPARE(issues.summary(IssueSeverity::Invalid),
                 std::string("epochs must be >= 0; the dataset has no samples"));
        QCOMPARE(issues.summary(IssueSeverity::Large), std::string("needs 8 TB"));
        QCOMPARE(int(issues.all().size()), 4);
        QCOMPARE(issues.all()[2].field, std::string("epochs"));
    }

    void appendSaysEachMessageOnce() {
        // The pipeline checks the same data for training and for the MILP.
        ConfigIssues a, b;
        a.invalid("data", "the dataset's features contain NaN or infinite values");
        b.invalid("data", "the dataset's features contain NaN or infinite values");
        b.large("width", "needs 8 TB");
        a.append(b);
        QCOMPARE(int(a.all().size()), 2);
    }

    void milpMemoryGrowsWithTheModelAndIsNamedAboveTheLimit() {
        const std::uint64_t small = estimateMilpBytes(1000, 1000, 10000);
        const std::uint64_t big = estimateMilpBytes(262719, 157760, 1221732);
        QVERIFY(small < big);
        // The measured peak at this size was 473 MB (docs/benchmarks/memory.md): an estimate
        // from above.
        QVERIFY(big > 473000000ull);
        ConfigIssues issues;
        checkMilpMemory("the model", 262719, 157760, 1221732, 0, issues);  // 0: no limit
        QVERIFY(issues.all().empty());
        checkMilpMemory("the model", 262719, 157760, 1221732, big - 1, issues);
        QVERIFY(issues.needsConfirmation() && issues.canStart());
        const std::string& m = issues.all().front().message;
        QVERIFY2(
            m.find("the model (262719 rows") == 0 && m.find("GB of memory") != std::string::npos,
            m.c_str());
        // Sizes far beyond memory do not overflow into a small number.
        QCOMPARE(estimateMilpBytes(1LL << 40, 1LL << 40, 1LL << 60), ~std::uint64_t{0});
    }
};

QTEST_APPLESS_MAIN(TestConfigIssues)
#include "test_config_issues.moc"
