// sparsemip: the headless CLI. Dispatches to the registered commands (see *_command.cpp).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/command_registry.h"
#include "app/cli/exit_codes.h"

namespace smip::cli {
std::map<std::string, CommandInfo>& commandRegistry() {
    static std::map<std::string, CommandInfo> registry;
    return registry;
}
}  // namespace smip::cli

static void printUsage(std::ostream& out) {
    out << "usage: sparsemip <command> [options]\n\ncommands:\n";
    for (const auto& [name, info] : smip::cli::commandRegistry())
        out << "  " << name << std::string(name.size() < 20 ? 20 - name.size() : 1, ' ')
            << info.summary << "\n";
    out << "\nRun `sparsemip <command> --help` for a command's options.\n"
        << smip::cli::kExitCodeHelp;
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(args.empty() ? std::cerr : std::cout);
        return args.empty() ? 2 : 0;
    }
    const auto& registry = smip::cli::commandRegistry();
    const auto it = registry.find(args[0]);
    if (it == registry.end()) {
        std::cerr << "sparsemip: unknown command '" << args[0] << "'\n";
        printUsage(std::cerr);
        return 2;
    }
    try {
        return it->second.run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const std::exception& e) {
        // Commands turn expected failures into messages; this catches broken preconditions.
        std::cerr << "sparsemip " << args[0] << ": error: " << e.what() << "\n";
        return 1;
    }
}
