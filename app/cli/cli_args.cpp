#include "app/cli/cli_args.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace smip::cli {

CliArgs::CliArgs(const std::vector<std::string>& args, const std::set<std::string>& switches) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            positional_.push_back(a);
            continue;
        }
        std::string flag = a.substr(2);
        const auto eq = flag.find('=');
        if (eq != std::string::npos) {
            values_[flag.substr(0, eq)] = flag.substr(eq + 1);
        } else if (switches.count(flag)) {
            values_[flag] = "1";
        } else if (i + 1 < args.size()) {
            values_[flag] = args[++i];
        } else {
            // Settled by allowOnly: an unknown flag given last is reported as unknown.
            valueMissing_ = flag;
            fail("flag --" + flag + " needs a value");
        }
    }
}

std::string CliArgs::text(const std::string& flag, const std::string& fallback) const {
    const auto it = values_.find(flag);
    return it == values_.end() ? fallback : it->second;
}

long long CliArgs::integer(const std::string& flag, long long fallback) {
    const auto it = values_.find(flag);
    if (it == values_.end()) return fallback;
    long long v = 0;
    const auto& s = it->second;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size()) {
        fail("--" + flag + " expects an integer, got '" + s + "'");
        return fallback;
    }
    return v;
}

double CliArgs::number(const std::string& flag, double fallback) {
    const auto it = values_.find(flag);
    if (it == values_.end()) return fallback;
    const auto& s = it->second;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v)) {
        fail("--" + flag + " expects a finite number, got '" + s + "'");
        return fallback;
    }
    return v;
}

void CliArgs::allowOnly(const std::set<std::string>& allowed) {
    if (!valueMissing_.empty() && !allowed.count(valueMissing_) &&
        error_ == "flag --" + valueMissing_ + " needs a value")
        error_ = "unknown flag --" + valueMissing_;
    for (const auto& [flag, value] : values_)
        if (!allowed.count(flag)) fail("unknown flag --" + flag);
}

std::vector<std::string> splitList(const std::string& text, char sep) {
    std::vector<std::string> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, sep))
        if (!item.empty()) out.push_back(item);
    return out;
}

int CommandFailure::operator()(const std::string& message, int code) const {
    std::cerr << "sparsemip " << command << ": " << message << "\n";
    return code;
}

}  // namespace smip::cli
