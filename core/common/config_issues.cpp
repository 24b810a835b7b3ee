#include "core/common/config_issues.h"

#include <algorithm>
#include <utility>

namespace smip {

void ConfigIssues::invalid(std::string field, std::string message) {
    issues_.push_back({IssueSeverity::Invalid, std::move(field), std::move(message)});
}

void ConfigIssues::large(std::string field, std::string message) {
    issues_.push_back({IssueSeverity::Large, std::move(field), std::move(message)});
}

void ConfigIssues::warning(std::string field, std::string message) {
    issues_.push_back({IssueSeverity::Warning, std::move(field), std::move(message)});
}

void ConfigIssues::require(bool ok, std::string field, std::string message) {
    if (!ok) invalid(std::move(field), std::move(message));
}

void ConfigIssues::append(const ConfigIssues& other) {
    // Two features' checks of the same data say the same thing once.
    for (const ConfigIssue& i : other.issues_) {
        const bool known = std::any_of(issues_.begin(), issues_.end(), [&i](const ConfigIssue& k) {
            return k.severity == i.severity && k.message == i.message;
        });
        if (!known) issues_.push_back(i);
    }
}

bool ConfigIssues::has(IssueSeverity severity) const {
    return std::any_of(issues_.begin(), issues_.end(),
                       [severity](const ConfigIssue& i) { return i.severity == severity; });
}

std::string ConfigIssues::summary(IssueSeverity severity) const {
    std::string s;
    for (const ConfigIssue& i : issues_) {
        if (i.severity != severity) continue;
        if (!s.empty()) s += "; ";
        s += i.message;
    }
    return s;
}

}  // namespace smip
