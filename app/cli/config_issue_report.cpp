#include "app/cli/config_issue_report.h"

#include <iostream>

#include "app/cli/exit_codes.h"

namespace smip::cli {

void addForceFlag(FlagTable& flags, bool& force) {
    flags.toggle("force",
                 "run even when the model's size or memory estimate is above the safe share "
                 "(half of this machine's memory) or the size limit",
                 force);
}

int reportConfigIssues(const char* command, const ConfigIssues& issues, bool force) {
    bool dataInvalid = false, settingInvalid = false, large = false;
    for (const ConfigIssue& i : issues.all()) {
        switch (i.severity) {
            case IssueSeverity::Invalid:
                std::cerr << "sparsemip " << command << ": " << i.message << "\n";
                (i.field == "data" ? dataInvalid : settingInvalid) = true;
                break;
            case IssueSeverity::Large:
                if (force) break;
                std::cerr << "sparsemip " << command << ": " << i.message << " ("
                          << (i.field == "data" ? "" : "--" + i.field + ", or ")
                          << "--force to run anyway)\n";
                large = true;
                break;
            case IssueSeverity::Warning:
                std::cerr << "sparsemip " << command << ": warning: " << i.message << "\n";
                break;
        }
    }
    if (settingInvalid) return kExitUsage;
    if (dataInvalid || large) return kExitFailed;
    return -1;
}

}  // namespace smip::cli
