#include "app/cli/flag_table.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>

namespace smip::cli {

namespace {

constexpr std::size_t kHelpColumn = 23;  // where help lines start
constexpr std::size_t kWidth = 100;      // wrap help text before this column

// Appends `text` word-wrapped into the help column; the first line continues `line`.
void wrapInto(std::string& out, std::string line, const std::string& text) {
    std::istringstream words(text);
    std::string word;
    bool first = true;
    while (words >> word) {
        if (!first && line.size() + 1 + word.size() > kWidth) {
            out += line + "\n";
            line = std::string(kHelpColumn, ' ');
            first = true;
        }
        if (!first) line += ' ';
        line += word;
        first = false;
    }
    out += line + "\n";
}

std::string parseDouble(const std::string& text, double& out) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(v))
        return "expects a finite number, got '" + text + "'";
    out = v;
    return {};
}

std::string parseInteger(const std::string& text, long long& out) {
    long long v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
        return "expects an integer, got '" + text + "'";
    out = v;
    return {};
}

}  // namespace

std::string formatDefault(double value) {
    // %g keeps 100000 as "100000" (to_chars' shortest form says 1e+05); 17 digits when 15 do not
    // round-trip.
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    if (std::strtod(buf, nullptr) != value) std::snprintf(buf, sizeof buf, "%.17g", value);
    return buf;
}

FlagTable::FlagTable(std::string usage) : usage_(std::move(usage)) {}

FlagTable& FlagTable::add(Flag flag) {
    flags_.push_back(std::move(flag));
    return *this;
}

FlagTable& FlagTable::number(const char* name, const char* value, std::string help, double& target,
                             double min, double max) {
    return add({name, value, std::move(help), formatDefault(target), false,
                [&target, min, max](const std::string& text) {
                    double v = 0.0;
                    if (std::string e = parseDouble(text, v); !e.empty()) return e;
                    if (v < min || v > max)
                        return "must be between " + formatDefault(min) + " and " +
                               formatDefault(max) + ", got " + text;
                    target = v;
                    return std::string();
                }});
}

FlagTable& FlagTable::positive(const char* name, const char* value, std::string help,
                               double& target) {
    return add({name, value, std::move(help), formatDefault(target), false,
                [&target](const std::string& text) {
                    double v = 0.0;
                    if (std::string e = parseDouble(text, v); !e.empty()) return e;
                    if (!(v > 0.0)) return "must be > 0, got " + text;
                    target = v;
                    return std::string();
                }});
}

FlagTable& FlagTable::integer(const char* name, const char* value, std::string help, int& target,
                              long long min, long long max) {
    return add({name, value, std::move(help), std::to_string(target), false,
                [&target, min, max](const std::string& text) {
                    long long v = 0;
                    if (std::string e = parseInteger(text, v); !e.empty()) return e;
                    if (v < min || v > max)
                        return "must be between " + std::to_string(min) + " and " +
                               std::to_string(max) + ", got " + text;
                    target = static_cast<int>(v);
                    return std::string();
                }});
}

FlagTable& FlagTable::integer(const char* name, const char* value, std::string help,
                              std::uint64_t& target) {
    return add({name, value, std::move(help), std::to_string(target), false,
                [&target](const std::string& text) {
                    long long v = 0;
                    if (std::string e = parseInteger(text, v); !e.empty()) return e;
                    if (v < 0) return "must be >= 0, got " + text;
                    target = static_cast<std::uint64_t>(v);
                    return std::string();
                }});
}

FlagTable& FlagTable::text(const char* name, const char* value, std::string help,
                           std::string& target) {
    return add({name, value, std::move(help), target, false, [&target](const std::string& text) {
                    target = text;
                    return std::string();
                }});
}

FlagTable& FlagTable::choice(const char* name, std::string help, std::string& target,
                             std::vector<std::string> allowed) {
    std::string value;
    for (const auto& a : allowed)
        value += (value.empty() ? "" : "|") + a;
    return add({name, value, std::move(help), target, false,
                [&target, allowed, value](const std::string& text) {
                    for (const auto& a : allowed)
                        if (text == a) {
                            target = text;
                            return std::string();
                        }
                    return "must be one of " + value + ", got '" + text + "'";
                }});
}

FlagTable& FlagTable::toggle(const char* name, std::string help, bool& target, bool whenGiven) {
    return add({name, "", std::move(help), "", true, [&target, whenGiven](const std::string&) {
                    target = whenGiven;
                    return std::string();
                }});
}

FlagTable& FlagTable::custom(const char* name, const char* value, std::string help,
                             std::string shownDefault,
                             std::function<std::string(const std::string&)> apply) {
    return add({name, value, std::move(help), std::move(shownDefault), false, std::move(apply)});
}

FlagTable& FlagTable::positional(const char* name, std::string help, std::string& target) {
    positionalName_ = name;
    positionalHelp_ = std::move(help);
    positionalTarget_ = &target;
    return *this;
}

FlagTable& FlagTable::epilogue(std::string text) {
    epilogue_ = std::move(text);
    return *this;
}

std::string FlagTable::helpText() const {
    std::string out = usage_ + "\n\n";
    if (positionalTarget_) {
        std::string line = "  " + positionalName_;
        line.resize(std::max(line.size() + 1, kHelpColumn), ' ');
        wrapInto(out, line, positionalHelp_);
    }
    for (const Flag& f : flags_) {
        std::string line = "  --" + f.name + (f.value.empty() ? "" : " " + f.value);
        if (line.size() + 1 > kHelpColumn) {
            out += line + "\n";
            line.clear();
        }
        line.resize(kHelpColumn, ' ');
        std::string help = f.help;
        if (!f.shownDefault.empty()) help += " (default " + f.shownDefault + ")";
        wrapInto(out, line, help);
    }
    out += "  --help               this text\n";
    return out + epilogue_;
}

int FlagTable::parse(const std::vector<std::string>& argv, const char* command) {
    std::set<std::string> switches{"help"}, allowed{"help"};
    for (const Flag& f : flags_) {
        allowed.insert(f.name);
        if (f.isSwitch) switches.insert(f.name);
    }
    CliArgs args(argv, switches);
    if (args.has("help")) {
        std::cout << helpText();
        return 0;
    }
    args.allowOnly(allowed);
    const CommandFailure fail{command};
    if (!args.error().empty()) return fail(args.error());
    if (positionalTarget_) {
        if (args.positional().size() != 1)
            return fail("expected exactly one " + positionalName_ + ", got " +
                        std::to_string(args.positional().size()));
        *positionalTarget_ = args.positional().front();
    } else if (!args.positional().empty()) {
        return fail("unexpected argument '" + args.positional().front() + "'");
    }
    for (const Flag& f : flags_) {
        if (!args.has(f.name)) continue;
        const std::string value = args.text(f.name);
        given_.push_back(f.name);
        rawValues_.emplace_back(f.name, value);
        if (std::string e = f.apply(value); !e.empty()) return fail("--" + f.name + " " + e);
    }
    return -1;
}

bool FlagTable::given(const std::string& name) const {
    for (const auto& g : given_)
        if (g == name) return true;
    return false;
}

std::string FlagTable::raw(const std::string& name) const {
    for (const auto& [n, v] : rawValues_)
        if (n == name) return v;
    return {};
}

}  // namespace smip::cli
