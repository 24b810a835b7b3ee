#pragma once
// Each CLI command registers itself from its own file with a static CommandRegistrar, so adding a
// command never edits main.cpp.
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace smip::cli {

/// A command receives argv after its name and returns the process exit code.
using CommandFn = std::function<int(const std::vector<std::string>&)>;

struct CommandInfo {
    std::string summary;  ///< one line for `sparsemip --help`
    CommandFn run;
};

/// All registered commands by name. Filled during static initialization.
std::map<std::string, CommandInfo>& commandRegistry();

struct CommandRegistrar {
    CommandRegistrar(const std::string& name, const std::string& summary, CommandFn fn) {
        commandRegistry()[name] = {summary, std::move(fn)};
    }
};

}  // namespace smip::cli
