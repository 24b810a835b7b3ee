#pragma once
// Each flag of a command declared once: its name, value placeholder and help line, where the
// parsed value goes, and its default — the target's value at declaration, i.e. the default of the
// core config struct the flag fills (so `--help`, the parser and the GUI's form agree). The help
// text, the list of allowed flags and the parsing all come from the one table.
//
//   SparsestConfig config;                       // core defaults
//   FlagTable flags("usage: sparsemip sparsest [options]");
//   flags.number("epsilon", "E", "fit tolerance |f(x)-y| <= E", config.epsilon, 0.0);
//   if (const int code = flags.parse(argv, "sparsest"); code >= 0) return code;
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "app/cli/cli_args.h"

namespace smip::cli {

class FlagTable {
  public:
    explicit FlagTable(std::string usage);

    /// A finite number in [min, max].
    FlagTable& number(const char* name, const char* value, std::string help, double& target,
                      double min = -std::numeric_limits<double>::infinity(),
                      double max = std::numeric_limits<double>::infinity());
    /// A finite number > 0 (a time limit, a tolerance).
    FlagTable& positive(const char* name, const char* value, std::string help, double& target);
    /// An integer in [min, max].
    FlagTable& integer(const char* name, const char* value, std::string help, int& target,
                       long long min = std::numeric_limits<int>::min(),
                       long long max = std::numeric_limits<int>::max());
    FlagTable& integer(const char* name, const char* value, std::string help,
                       std::uint64_t& target);
    FlagTable& text(const char* name, const char* value, std::string help, std::string& target);
    /// One of `allowed`, listed in the help line.
    FlagTable& choice(const char* name, std::string help, std::string& target,
                      std::vector<std::string> allowed);
    /// A switch without a value: sets target to `whenGiven`.
    FlagTable& toggle(const char* name, std::string help, bool& target, bool whenGiven = true);
    /// A value parsed by `apply` (returns an error message, empty when accepted); `shownDefault`
    /// goes into the help line when not empty.
    FlagTable& custom(const char* name, const char* value, std::string help,
                      std::string shownDefault,
                      std::function<std::string(const std::string&)> apply);

    /// One required argument without a flag (e.g. the job file of `milp-worker`), named in the
    /// help by `name`.
    FlagTable& positional(const char* name, std::string help, std::string& target);

    /// Text printed after the flag list in `--help` (e.g. the exit codes, a note on Ctrl-C).
    FlagTable& epilogue(std::string text);

    /// The whole `--help` text: usage, then one entry per flag with its default, then the
    /// epilogue.
    std::string helpText() const;
    /// Parses the arguments after the command name into the targets. Returns −1 to go on; 0 after
    /// printing the help (--help); 2 after printing "sparsemip COMMAND: problem" to stderr for an
    /// unknown flag, a missing or malformed value or one out of range.
    int parse(const std::vector<std::string>& argv, const char* command);
    /// Whether the flag was given on the command line (valid after parse()).
    bool given(const std::string& name) const;
    /// The raw value given (valid after parse(); empty when not given).
    std::string raw(const std::string& name) const;

  private:
    struct Flag {
        std::string name, value, help, shownDefault;
        bool isSwitch = false;
        std::function<std::string(const std::string&)> apply;
    };
    FlagTable& add(Flag flag);

    std::string usage_;
    std::string epilogue_;
    std::vector<Flag> flags_;
    std::string positionalName_, positionalHelp_;
    std::string* positionalTarget_ = nullptr;
    std::vector<std::string> given_;
    std::vector<std::pair<std::string, std::string>> rawValues_;
};

/// How a default is shown in the help: "0.005", "100000", "1e-06", exact on reading back.
std::string formatDefault(double value);

}  // namespace smip::cli
