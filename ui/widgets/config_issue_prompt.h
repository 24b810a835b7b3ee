#pragma once
// What every page does with core's validate…() answer before it starts a run, so the same
// checks read the same in the GUI as in the CLI: invalid settings are named and nothing starts;
// a large run (size or memory above the safe share) is started only when the user says so.
#include <QCoreApplication>
#include <QString>
#include <functional>

#include "core/common/config_issues.h"

class QWidget;

namespace smip::ui {

class ConfigIssuePrompt {
    Q_DECLARE_TR_FUNCTIONS(ConfigIssuePrompt)

  public:
    /// The Invalid issues as one line: "Cannot start: …; …" (empty when the run may start).
    static QString refusalText(const ConfigIssues& issues);

    /// Asks the user whether to start a run with Large issues (true at once when there are
    /// none). Warnings are not asked about: the caller shows them in its status line.
    static bool confirmLargeRun(QWidget* parent, const ConfigIssues& issues);

    /// Tests answer the question instead of a modal dialog; an empty function restores it.
    static void setAnswerForTests(std::function<bool(const QString& question)> answer);
};

}  // namespace smip::ui
