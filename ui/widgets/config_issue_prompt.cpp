#include "ui/widgets/config_issue_prompt.h"

#include <QMessageBox>
#include <QStringList>

namespace smip::ui {

namespace {

std::function<bool(const QString&)>& testAnswer() {
    static std::function<bool(const QString&)> answer;
    return answer;
}

QStringList messages(const ConfigIssues& issues, IssueSeverity severity) {
    QStringList out;
    for (const ConfigIssue& i : issues.all())
        if (i.severity == severity) out << QString::fromStdString(i.message);
    return out;
}

}  // namespace

QString ConfigIssuePrompt::refusalText(const ConfigIssues& issues) {
    const QStringList invalid = messages(issues, IssueSeverity::Invalid);
    if (invalid.isEmpty()) return {};
    return tr("Cannot start: %1").arg(invalid.join(QStringLiteral("; ")));
}

bool ConfigIssuePrompt::confirmLargeRun(QWidget* parent, const ConfigIssues& issues) {
    const QStringList large = messages(issues, IssueSeverity::Large);
    if (large.isEmpty()) return true;
    const QString question =
        tr("%1\n\nThe run may take very long or exhaust this machine's memory. Start anyway?")
            .arg(large.join(QStringLiteral("\n")));
    if (testAnswer()) return testAnswer()(question);
    return QMessageBox::question(parent, tr("Large run"), question) == QMessageBox::Yes;
}

void ConfigIssuePrompt::setAnswerForTests(std::function<bool(const QString& question)> answer) {
    testAnswer() = std::move(answer);
}

}  // namespace smip::ui
