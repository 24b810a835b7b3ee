#pragma once
// Minimal `--flag value` / `--switch` parser for the CLI commands. Unknown flags are errors, so a
// typo never silently falls back to a default.
#include <map>
#include <set>
#include <string>
#include <vector>

namespace smip::cli {

class CliArgs {
  public:
    /// Parses argv after the command name. `switches` are flags without a value.
    CliArgs(const std::vector<std::string>& args, const std::set<std::string>& switches = {});

    bool has(const std::string& flag) const { return values_.count(flag) > 0; }
    std::string text(const std::string& flag, const std::string& fallback = "") const;
    /// Parses an integer/double flag; records an error naming the flag when it does not parse.
    long long integer(const std::string& flag, long long fallback);
    double number(const std::string& flag, double fallback);
    const std::vector<std::string>& positional() const { return positional_; }

    /// Checks that every given flag is in `allowed`; records an error otherwise.
    void allowOnly(const std::set<std::string>& allowed);
    /// Empty when everything parsed; otherwise the first problem, naming the flag.
    const std::string& error() const { return error_; }
    void fail(const std::string& message) {
        if (error_.empty()) error_ = message;
    }

  private:
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
    std::string error_;
    std::string valueMissing_;  ///< the last flag when it needed a value and had none
};

/// Splits "a,b,c" into {"a","b","c"} (empty items dropped).
std::vector<std::string> splitList(const std::string& text, char sep = ',');

/// A command's error exit, e.g. `const CommandFailure fail{"perceptron"};`: `return fail(message);`
/// prints "sparsemip perceptron: message" to stderr and returns `code`, 2 (bad usage) by default,
/// 1 for a run that failed.
struct CommandFailure {
    const char* command;
    int operator()(const std::string& message, int code = 2) const;
};

}  // namespace smip::cli
