#pragma once
// One answer to "can this run start?" for every feature. Each feature's validate…(config, data)
// returns a list of issues instead of throwing, returning bool + string or a bare string, so the
// CLI prints all of them and exits with one code, and the GUI names them all before anything
// starts — the same checks, written once, in core.
#include <string>
#include <vector>

namespace smip {

enum class IssueSeverity {
    Invalid,  ///< the run cannot start (bad value, unusable data)
    Large,    ///< it can start but is estimated to exceed a safe size or memory share: the GUI
              ///< asks the user, the CLI needs --force
    Warning   ///< it starts; the user should know (e.g. bounds that may exclude the optimum)
};

struct ConfigIssue {
    IssueSeverity severity = IssueSeverity::Invalid;
    /// The setting at fault in the CLI's flag spelling without dashes ("width", "w-bound"); "data"
    /// for the dataset itself.
    std::string field;
    std::string message;  ///< names the problem and what is allowed; English (core has no tr())
};

class ConfigIssues {
  public:
    void invalid(std::string field, std::string message);
    void large(std::string field, std::string message);
    void warning(std::string field, std::string message);
    /// invalid(field, message) unless `ok`.
    void require(bool ok, std::string field, std::string message);
    /// Adds `other`'s issues, each message once.
    void append(const ConfigIssues& other);

    bool canStart() const { return !has(IssueSeverity::Invalid); }
    bool needsConfirmation() const { return has(IssueSeverity::Large); }
    bool has(IssueSeverity severity) const;
    /// The messages of one severity joined by "; " (empty when there are none).
    std::string summary(IssueSeverity severity) const;
    const std::vector<ConfigIssue>& all() const { return issues_; }

  private:
    std::vector<ConfigIssue> issues_;
};

}  // namespace smip
