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
    issues_.insert(issues_.end(), other.issues_.begin(), other.issues_.end());
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
