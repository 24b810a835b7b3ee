#include "core/data/csv_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/common/atomic_file.h"
#include "core/data/csv_tokenizer.h"
#include "core/data/utf8_text.h"

namespace smip {
namespace {

enum class Cell { Number, Empty, Missing, NotNumber, NonFinite };

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isMissingToken(const std::string& s) {
    if (s.size() > 4) return false;
    const std::string low = lower(s);
    return low == "na" || low == "n/a" || low == "null" || low == "none" || low == "?" ||
           low == "-";
}

Cell parseCell(const std::string& s, char delim, double& out) {
    if (s.empty()) return Cell::Empty;
    std::string buf;
    std::string_view v(s);
    // Semicolon files usually come from locales that write a decimal comma: "1,5" = 1.5.
    if (delim == ';' && s.find(',') != s.npos && std::count(s.begin(), s.end(), ',') == 1 &&
        s.find('.') == s.npos) {
        buf = s;
        std::replace(buf.begin(), buf.end(), ',', '.');
        v = buf;
    }
    if (v.front() == '+') {  // from_chars rejects a leading '+'
        v.remove_prefix(1);
        if (v.empty() || v.front() == '+' || v.front() == '-') return Cell::NotNumber;
    }
    const char* end = v.data() + v.size();
    const auto [ptr, ec] = std::from_chars(v.data(), end, out);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return isMissingToken(s) ? Cell::Missing : Cell::NotNumber;
    if (ec == std::errc::result_out_of_range) {
        // Overflow is infinite; underflow (1e-400) is a legitimate (tiny) number.
        out = std::strtod(std::string(v).c_str(), nullptr);
    }
    return std::isfinite(out) ? Cell::Number : Cell::NonFinite;
}

std::string shown(const std::string& cell) {
    if (cell.size() <= 40) return ensureUtf8(cell);
    std::size_t cut = 37;  // back off to a UTF-8 character boundary
    while (cut > 0 && (static_cast<unsigned char>(cell[cut]) & 0xC0) == 0x80)
        --cut;
    return ensureUtf8(cell.substr(0, cut)) + "...";
}

std::string formatNumber(double v) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string tooLarge(std::size_t bytes, std::size_t limit) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "the file is too large (%.1f MB; the limit is %.0f MB)",
                  bytes / 1048576.0, limit / 1048576.0);
    return buf;
}

// "'path': " for error prefixes (valid UTF-8 even for odd file names).
std::string quotedPath(const std::string& path) {
    std::string out(1, '\'');
    out.append(ensureUtf8(path)).append("': ");
    return out;
}

// A UTF-16 file read as bytes is NULs between characters: name the encoding instead of
// reporting odd cells. Empty when `text` starts with no UTF-16 byte-order mark.
std::string utf16Problem(std::string_view text) {
    const bool little = text.substr(0, 2) == "\xFF\xFE", big = text.substr(0, 2) == "\xFE\xFF";
    if (!little && !big) return {};
    return std::string("the file is UTF-16 (") + (little ? "little" : "big") +
           "-endian byte-order mark); save it as UTF-8 and load it again";
}

bool isIndex(const std::string& s) {
    return !s.empty() && s.size() <= 9 &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Everything one parse needs; member functions keep readCsvText short.
struct Parser {
    Parser(const CsvReadOptions& o, char d) : opt(o), delim(d) {}
    const CsvReadOptions& opt;
    char delim;
    int m = 0;       // columns
    int target = 0;  // 0-based target column
    bool header = false;
    std::vector<std::string> names;  // column names when there is a header
    std::vector<double> values;      // row-major features
    std::vector<std::string> targets;
    std::vector<int> rows;  // spreadsheet row of each sample
    std::size_t cells = 0;
    std::string error;

    std::string cellRef(int row, int col) const {
        std::string s = "row " + std::to_string(row) + ", column " + std::to_string(col + 1);
        if (header) s += " (" + names[static_cast<std::size_t>(col)] + ")";
        return s;
    }

    bool addRecord(const std::vector<std::string>& f, int row) {
        if (static_cast<int>(f.size()) != m) {
            error = "row " + std::to_string(row) + " has " + std::to_string(f.size()) +
                    " fields, expected " + std::to_string(m) + " (as in row 1)";
            return false;
        }
        cells += static_cast<std::size_t>(m);
        if (cells > opt.maxCells) {
            error = "the file has too many cells (limit " + std::to_string(opt.maxCells) +
                    ", exceeded at row " + std::to_string(row) + ")";
            return false;
        }
        for (int j = 0; j < m; ++j) {
            const std::string& cell = f[static_cast<std::size_t>(j)];
            if (j == target) {
                targets.push_back(cell);
                continue;
            }
            double v = 0.0;
            switch (parseCell(cell, delim, v)) {
                case Cell::Number:
                    values.push_back(v);
                    continue;
                case Cell::Empty:
                    error = cellRef(row, j) + ": empty cell (missing values are not supported)";
                    return false;
                case Cell::Missing:
                    error = cellRef(row, j) + ": missing value '" + shown(cell) +
                            "' (missing values are not supported)";
                    return false;
                case Cell::NotNumber:
                    error = cellRef(row, j) + ": '" + shown(cell) + "' is not a number";
                    return false;
                case Cell::NonFinite:
                    error = cellRef(row, j) + ": NaN or infinite value '" + shown(cell) +
                            "' is not allowed";
                    return false;
            }
        }
        rows.push_back(row);
        return true;
    }

    bool resolveTarget(const std::string& spec) {
        target = m - 1;
        if (spec.empty()) return true;
        if (header) {
            const auto it = std::find(names.begin(), names.end(), spec);
            if (it != names.end()) {
                target = static_cast<int>(it - names.begin());
                return true;
            }
        }
        if (isIndex(spec)) {
            const int idx = std::stoi(spec);
            if (idx < 1 || idx > m) {
                error = "target column " + spec + " is out of range: the file has " +
                        std::to_string(m) + " columns";
                return false;
            }
            target = idx - 1;
            return true;
        }
        if (!header) {
            error = "unknown target column '" + spec +
                    "': the file has no header row, so give a 1-based column index (1.." +
                    std::to_string(m) + ")";
            return false;
        }
        std::string list;
        for (std::size_t j = 0; j < names.size() && j < 20; ++j)
            list += (j ? ", " : "") + names[j];
        if (names.size() > 20) list += ", ...";
        error = "unknown target column '" + spec + "' (columns: " + list + ")";
        return false;
    }

    bool setHeader(const std::vector<std::string>& first) {
        std::unordered_map<std::string, int> seen;
        for (int j = 0; j < m; ++j) {
            std::string name = first[static_cast<std::size_t>(j)];
            if (name.empty()) name = "column_" + std::to_string(j + 1);
            name = ensureUtf8(name);  // Latin-1 headers become UTF-8 (see utf8_text.h)
            const auto [it, fresh] = seen.emplace(name, j);
            if (!fresh) {
                error = "row 1, column " + std::to_string(j + 1) + ": duplicate column name '" +
                        shown(name) + "' (also column " + std::to_string(it->second + 1) + ")";
                return false;
            }
            names.push_back(name);
        }
        return true;
    }

    // Decides the task and fills y / classNames (see the rule in csv_reader.h).
    bool finishTargets(Dataset& out) {
        const std::size_t n = targets.size();
        std::vector<double> tv(n, 0.0);
        std::size_t firstText = n;
        for (std::size_t i = 0; i < n; ++i) {
            const Cell kind = parseCell(targets[i], delim, tv[i]);
            const std::string where = cellRef(rows[i], target);
            if (kind == Cell::Empty || kind == Cell::Missing) {
                error = where + ": missing target value" +
                        (targets[i].empty() ? std::string() : " '" + shown(targets[i]) + "'");
                return false;
            }
            if (kind == Cell::NonFinite) {
                error =
                    where + ": NaN or infinite value '" + shown(targets[i]) + "' is not allowed";
                return false;
            }
            if (kind == Cell::NotNumber && firstText == n) firstText = i;
        }
        out.y.resize(static_cast<Eigen::Index>(n));
        if (firstText < n) {
            if (opt.task == CsvTaskRule::Regression) {
                error = cellRef(rows[firstText], target) + ": '" + shown(targets[firstText]) +
                        "' is not a number (regression target)";
                return false;
            }
            for (auto& t : targets)
                t = ensureUtf8(t);
            const std::set<std::string> labels(targets.begin(), targets.end());
            out.classNames.assign(labels.begin(), labels.end());
            for (std::size_t i = 0; i < n; ++i)
                out.y(static_cast<Eigen::Index>(i)) = static_cast<double>(
                    std::lower_bound(out.classNames.begin(), out.classNames.end(), targets[i]) -
                    out.classNames.begin());
            out.task = TaskKind::Classification;
            return true;
        }
        const std::string lname = lower(out.targetName);
        const bool integral = std::all_of(tv.begin(), tv.end(), [](double v) {
            return v == std::floor(v) && std::abs(v) < 1e15;
        });
        const bool classify =
            opt.task == CsvTaskRule::Classification ||
            (opt.task == CsvTaskRule::Auto && integral && (lname == "label" || lname == "class"));
        if (!classify) {
            out.task = TaskKind::Regression;
            for (std::size_t i = 0; i < n; ++i)
                out.y(static_cast<Eigen::Index>(i)) = tv[i];
            return true;
        }
        const std::set<double> distinct(tv.begin(), tv.end());
        const std::vector<double> sorted(distinct.begin(), distinct.end());
        for (double v : sorted)
            out.classNames.push_back(formatNumber(v));
        for (std::size_t i = 0; i < n; ++i)
            out.y(static_cast<Eigen::Index>(i)) = static_cast<double>(
                std::lower_bound(sorted.begin(), sorted.end(), tv[i]) - sorted.begin());
        out.task = TaskKind::Classification;
        return true;
    }
};

}  // namespace

CsvReadResult readCsvText(std::string_view text, const CsvReadOptions& options,
                          const std::string& name) {
    CsvReadResult result;
    const auto fail = [&result](std::string message) {
        result.ok = false;
        result.error = escapeControlBytes(ensureUtf8(message));
        result.dataset = Dataset{};
        return result;
    };
    if (text.size() > options.maxBytes) return fail(tooLarge(text.size(), options.maxBytes));
    if (auto utf16 = utf16Problem(text); !utf16.empty()) return fail(utf16);
    // Every leading byte-order mark (files concatenated or re-saved can carry two), so none ends up
    // in the first column's name.
    while (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail("the file is empty");

    Parser p(options, CsvTokenizer::detectDelimiter(text));
    result.delimiter = p.delim;
    CsvTokenizer tok(text, p.delim);
    int pendingBlank = 0;
    // Next non-blank record; a blank line followed by more data is an error (never skipped).
    const auto nextRecord = [&](std::vector<std::string>& f) {
        while (tok.next(f)) {
            if (tok.blank()) {
                if (!pendingBlank) pendingBlank = tok.row();
                continue;
            }
            if (pendingBlank) {
                p.error = "row " + std::to_string(pendingBlank) +
                          " is empty (blank lines are allowed only at the end of the file)";
                return false;
            }
            return true;
        }
        if (!tok.error().empty()) p.error = tok.error();
        return false;
    };

    std::vector<std::string> first, second, fields;
    if (!nextRecord(first)) return fail(p.error.empty() ? "the file is empty" : p.error);
    p.m = static_cast<int>(first.size());
    if (p.m < 2)
        return fail(
            "row 1 has a single column: need at least one feature column and a target column "
            "(delimiters tried: comma, semicolon, tab)");
    const bool haveSecond = nextRecord(second);
    if (!p.error.empty()) return fail(p.error);
    const int secondRow = tok.row();

    // Header detection (rule in csv_reader.h).
    int nonNumeric = 0;
    bool typeChange = false;
    for (int j = 0; j < p.m; ++j) {
        double v = 0.0;
        const bool num1 = parseCell(first[static_cast<std::size_t>(j)], p.delim, v) == Cell::Number;
        nonNumeric += num1 ? 0 : 1;
        if (!num1 && haveSecond && j < static_cast<int>(second.size()) &&
            parseCell(second[static_cast<std::size_t>(j)], p.delim, v) == Cell::Number)
            typeChange = true;
    }
    const std::string& spec = options.targetColumn;
    const bool targetNamed = !spec.empty() && !isIndex(spec) &&
                             std::find(first.begin(), first.end(), spec) != first.end();
    p.header =
        options.header == CsvHeaderRule::Present ||
        (options.header == CsvHeaderRule::Auto && (nonNumeric == p.m || typeChange || targetNamed));
    result.hasHeader = p.header;
    if (p.header && !p.setHeader(first)) return fail(p.error);
    if (!p.resolveTarget(options.targetColumn)) return fail(p.error);

    if (!p.header && !p.addRecord(first, 1)) return fail(p.error);
    if (haveSecond && !p.addRecord(second, secondRow)) return fail(p.error);
    while (nextRecord(fields))
        if (!p.addRecord(fields, tok.row())) return fail(p.error);
    if (!p.error.empty()) return fail(p.error);
    if (p.targets.empty()) return fail("the file has a header row but no data rows");

    Dataset& out = result.dataset;
    out.name = ensureUtf8(name);
    const int d = p.m - 1;
    for (int j = 0, k = 0; j < p.m; ++j) {
        if (j == p.target) continue;
        out.featureNames.push_back(p.header ? p.names[static_cast<std::size_t>(j)]
                                            : std::string("x").append(std::to_string(++k)));
    }
    out.targetName = p.header ? p.names[static_cast<std::size_t>(p.target)] : "y";
    const auto n = static_cast<Eigen::Index>(p.targets.size());
    out.X =
        Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            p.values.data(), n, d);
    if (!p.finishTargets(out)) return fail(p.error);
    result.ok = true;
    return result;
}

CsvReadResult readCsvFile(const std::string& path, const CsvReadOptions& options) {
    CsvReadResult result;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.error = ensureUtf8("cannot open '" + path + "': " + ec.message());
        return result;
    }
    if (size > options.maxBytes) {
        result.error = quotedPath(path) + tooLarge(size, options.maxBytes);
        return result;
    }
    std::string content, error;
    if (!readWholeFile(path, content, error, options.maxBytes)) {
        result.error = ensureUtf8(error);
        return result;
    }
    result = readCsvText(content, options, std::filesystem::path(path).stem().string());
    if (!result.ok) result.error = quotedPath(path) + result.error;
    return result;
}

}  // namespace smip
