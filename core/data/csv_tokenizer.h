#pragma once
// Splits CSV text into records (RFC 4180 quoting, CRLF/LF/CR line ends). Rows are counted like a
// spreadsheet: record k (1-based) is row k, blank lines included, and a quoted field spanning
// several lines stays one row.
#include <string>
#include <string_view>
#include <vector>

namespace smip {

class CsvTokenizer {
  public:
    /// `text` must outlive the tokenizer; a UTF-8 BOM should already be stripped.
    CsvTokenizer(std::string_view text, char delimiter);

    /// Reads the next record into `fields` (unquoted, unquoted fields trimmed). Returns false at
    /// the end of the text or on malformed quoting (then error() is non-empty).
    bool next(std::vector<std::string>& fields);
    /// 1-based row of the record last returned by next().
    int row() const { return row_; }
    /// True when the record last returned was a blank line (one empty, unquoted field).
    bool blank() const { return blank_; }
    /// Empty unless quoting was malformed; names the row and column.
    const std::string& error() const { return error_; }

    /// Comma, semicolon or tab: the most frequent one outside quotes in the first non-blank line
    /// (ties favour comma, then semicolon); comma when none occurs.
    static char detectDelimiter(std::string_view text);

  private:
    std::string_view text_;
    char delim_;
    std::size_t pos_ = 0;
    int row_ = 0;
    bool blank_ = false;
    std::string error_;
};

}  // namespace smip
