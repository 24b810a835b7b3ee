#include "core/data/csv_tokenizer.h"

#include <array>

namespace smip {
namespace {

bool isPad(char c, char delim) {
    return (c == ' ' || c == '\t') && c != delim;
}

}  // namespace

CsvTokenizer::CsvTokenizer(std::string_view text, char delimiter)
    : text_(text), delim_(delimiter) {}

bool CsvTokenizer::next(std::vector<std::string>& fields) {
    // Field strings are reused between records (no allocation per cell on long files).
    std::size_t count = 0;
    blank_ = false;
    if (!error_.empty() || pos_ >= text_.size()) {
        fields.clear();
        return false;
    }
    ++row_;
    const std::size_t n = text_.size();
    bool anyQuoted = false;
    for (;;) {
        if (count == fields.size()) fields.emplace_back();
        std::string& field = fields[count];
        field.clear();
        while (pos_ < n && isPad(text_[pos_], delim_))
            ++pos_;
        if (pos_ < n && text_[pos_] == '"') {
            anyQuoted = true;
            ++pos_;
            for (;;) {
                if (pos_ >= n) {
                    error_ = "row " + std::to_string(row_) + ", column " +
                             std::to_string(count + 1) +
                             ": a quoted field is not closed before the end of the file";
                    return false;
                }
                const char c = text_[pos_++];
                if (c != '"') {
                    field.push_back(c);
                } else if (pos_ < n && text_[pos_] == '"') {  // "" is an escaped quote
                    field.push_back('"');
                    ++pos_;
                } else {
                    break;
                }
            }
            while (pos_ < n && isPad(text_[pos_], delim_))
                ++pos_;
            if (pos_ < n && text_[pos_] != delim_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
                error_ = "row " + std::to_string(row_) + ", column " + std::to_string(count + 1) +
                         ": unexpected text after the closing quote of a quoted field";
                return false;
            }
        } else {
            const std::size_t start = pos_;
            while (pos_ < n && text_[pos_] != delim_ && text_[pos_] != '\n' && text_[pos_] != '\r')
                ++pos_;
            std::size_t end = pos_;
            while (end > start && isPad(text_[end - 1], delim_))
                --end;
            field.assign(text_.substr(start, end - start));
        }
        ++count;
        if (pos_ < n && text_[pos_] == delim_) {
            ++pos_;
            continue;
        }
        // End of record: CRLF, LF, lone CR or end of text.
        if (pos_ < n && text_[pos_] == '\r') ++pos_;
        if (pos_ < n && text_[pos_] == '\n') ++pos_;
        break;
    }
    fields.resize(count);
    blank_ = count == 1 && fields[0].empty() && !anyQuoted;
    return true;
}

char CsvTokenizer::detectDelimiter(std::string_view text) {
    const std::array<char, 3> candidates = {',', ';', '\t'};
    std::array<std::size_t, 3> counts = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasContent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') inQuotes = !inQuotes;
        if (!inQuotes && (c == '\n' || c == '\r')) {
            if (lineHasContent) break;  // first non-blank line done
            continue;
        }
        if (c != ' ' && c != '\n' && c != '\r') lineHasContent = true;
        if (inQuotes) continue;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            if (c == candidates[k]) ++counts[k];
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best]) best = k;
    return counts[best] > 0 ? candidates[best] : ',';
}

}  // namespace smip
