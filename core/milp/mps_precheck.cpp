#include "core/milp/mps_precheck.h"

#include <cstdio>
#include <fstream>
#include <string_view>

namespace smip {
namespace {

// CoinMpsIO reads a card with fgets into char[880] (MAX_CARD_LENGTH with COIN_MAX_FIELD_LENGTH
// 160): a longer line is split into several cards, each parsed as if it were a line.
constexpr std::size_t kMaxLine = 878;
// Names and values are copied (strcpy) into char[160] buffers.
constexpr std::size_t kMaxField = 159;

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

// The line as CoinMpsIO's cleanCard leaves it: cut at the first control byte other than tab,
// trailing blanks removed.
std::string coinCard(const std::string& line) {
    std::size_t end = 0;
    while (end < line.size() &&
           (line[end] == '\t' || static_cast<unsigned char>(line[end]) >= 0x20))
        ++end;
    while (end > 0 && isBlank(line[end - 1]))
        --end;
    return line.substr(0, end);
}

// cleanCard's rewrite of a fixed-format BOUNDS card with tabs: each tab pads to the next of the
// columns 1, 4, 14, 24 (0-based) and then 1000, inside the 880-byte card buffer.
std::string expandBoundsTabs(const std::string& card) {
    static constexpr std::size_t kStops[] = {1, 4, 14, 24, 1000};
    std::string out;
    std::size_t tab = 0;
    for (const char c : card) {
        if (c != '\t') {
            out += c;
            continue;
        }
        for (; tab < 5; ++tab) {
            if (out.size() < kStops[tab]) {
                out.resize(kStops[tab], ' ');
                break;
            }
        }
    }
    return out;
}

// True when the NAME card asks for free format (CoinMpsIO: "FREE" or "VALUES" after the name).
bool isFreeFormat(const std::string& nameCard) {
    if (nameCard.size() <= 5) return false;
    std::size_t i = 5;
    while (i < nameCard.size() && isBlank(nameCard[i]))
        ++i;
    while (i < nameCard.size() && !isBlank(nameCard[i]))
        ++i;
    const std::string_view rest = std::string_view(nameCard).substr(i);
    return rest.find("FREE") != rest.npos || rest.find("VALUES") != rest.npos;
}

std::string longestField(const std::string& card) {
    std::size_t best = 0, bestAt = 0;
    for (std::size_t i = 0; i < card.size();) {
        while (i < card.size() && isBlank(card[i]))
            ++i;
        const std::size_t start = i;
        while (i < card.size() && !isBlank(card[i]))
            ++i;
        if (i - start > best) best = i - start, bestAt = start;
    }
    return card.substr(bestAt, best);
}

// In fixed format CoinMpsIO cuts the fields starting at 0-based columns 14 and 39 at 8
// characters; a longer one with no blank after it (the last field of the line) makes it
// dereference a null pointer.
bool hasUnterminatedLongName(const std::string& card) {
    for (const std::size_t at : {std::size_t{14}, std::size_t{39}}) {
        if (card.size() < at + 9) continue;
        bool blank = false;
        for (std::size_t i = at; i < card.size() && !blank; ++i)
            blank = isBlank(card[i]);
        if (!blank) return true;
    }
    return false;
}

struct Scan {
    bool sawName = false, sawRows = false, sawColumns = false, sawEndata = false, fixed = true,
         inBounds = false;
};

// The problem with one line (number `number`), given what was seen before it; empty when fine.
std::string lineProblem(const std::string& line, int number, Scan& s) {
    if (line.size() > kMaxLine)
        return ", line " + std::to_string(number) + ", is " + std::to_string(line.size()) +
               " bytes long; CoinUtils' MPS reader reads at most " + std::to_string(kMaxLine);
    const std::string where =
        ", line " + std::to_string(number) + ": '" + printableExcerpt(line, 40) + "'";
    std::string card = coinCard(line);
    if (const std::size_t field = longestField(card).size(); field > kMaxField)
        return where + " has a field of " + std::to_string(field) +
               " characters; CoinUtils' MPS reader takes at most " + std::to_string(kMaxField);
    // Before NAME a line that cleaning empties (control bytes) is no NAME card either.
    if (!s.sawName && card.empty()) card = line;
    const bool data = card.empty() || isBlank(card[0]);
    if (!data) {
        if (card[0] == '*' || card[0] == '#') return {};
        const std::string section = card.substr(0, card.find_first_of(" \t"));
        if (!s.sawName) {
            if (section != "NAME")
                return "does not start with a NAME card (" + where.substr(2) + ")";
            s.sawName = true;
            s.fixed = !isFreeFormat(card);
        } else if (section == "ROWS") {
            s.sawRows = true;
        } else if (section == "ENDATA") {
            s.sawEndata = true;
        } else if (section == "COLUMNS") {
            if (!s.sawRows)
                return "has a COLUMNS section before any ROWS (" + where.substr(2) + ")";
            s.sawColumns = true;
        }
        s.inBounds = section.rfind("BOUNDS", 0) == 0;
        return {};
    }
    if (!s.fixed) return {};
    if (s.inBounds && card.find('\t') != std::string::npos) {
        const std::string expanded = expandBoundsTabs(card);
        if (card.size() > 80 || expanded.size() >= 880)
            return where + " is a BOUNDS card with tabs that CoinUtils' fixed-format reader " +
                   "expands past its buffer; use spaces, or free format (NAME card ending in FREE)";
        card = expanded;
    }
    if (hasUnterminatedLongName(card))
        return where + " ends with a name longer than 8 characters in column 15 or 40, which " +
               "CoinUtils' fixed-format reader cannot read; use free format (NAME card ending " +
               "in FREE) or names of at most 8 characters";
    return {};
}

}  // namespace

std::string printableExcerpt(std::string_view text, std::size_t maxBytes) {
    std::string out;
    for (const char c : text.substr(0, maxBytes)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f) {
            out += c;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        }
    }
    if (text.size() > maxBytes) out += "...";
    return out;
}

std::string mpsPrecheckProblem(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot open MPS file " + path;
    const std::string prefix = "MPS file " + path;
    std::string line;
    Scan scan;
    for (int number = 1; std::getline(in, line); ++number) {
        if (number == 1 && (line.rfind("\x1f\x8b", 0) == 0 || line.rfind("BZh", 0) == 0))
            return prefix + " is compressed (" + (line[0] == 'B' ? "bzip2" : "gzip") +
                   "); decompress it first (it is checked before CoinUtils reads it)";
        if (auto bad = lineProblem(line, number, scan); !bad.empty())
            return prefix + (bad[0] == ',' ? "" : " ") + bad;
    }
    if (!scan.sawName) return prefix + " is empty (no NAME card)";
    if (!scan.sawColumns)
        return prefix + " has no " + (scan.sawRows ? "COLUMNS" : "ROWS") + " section";
    // Without it CoinMpsIO blames the last card ("Bad image"), which misleads.
    if (!scan.sawEndata) return prefix + " has no ENDATA card (is the file cut short?)";
    return {};
}

}  // namespace smip
