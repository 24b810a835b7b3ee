#pragma once
// CSV import. The rules (also in resources/datasets/README.md):
// - UTF-8 with or without BOM; LF, CRLF or CR line ends; RFC 4180 quoting ("a,b", "say ""hi""").
// - Delimiter: comma, semicolon or tab, whichever is most frequent in the first line. With a
//   semicolon delimiter, a decimal comma ("1,5") is accepted as a decimal point.
// - Header: the first row is a header when all its cells are non-numeric, when some column is
//   non-numeric in row 1 but numeric in row 2, or when the target column is given by a name that
//   occurs in row 1. Without a header, features are named x1..xd and the target "y". (Files whose
//   feature names all look like numbers and whose labels are text need `header = Present`.)
// - Target: `targetColumn` is a column name or a 1-based index; empty = the last column.
// - Task (Auto): a target with any non-numeric cell is a class label (ids in sorted order of the
//   names); a numeric target is a class id when its column is named `label` or `class` (any
//   case) and every value is an integer (names = the values, ids in increasing order);
//   otherwise it is a regression target.
// - Every other cell must be a finite number. Blank lines are allowed only at the end. Any
//   problem gives an error naming row and column (1-based, as in a spreadsheet); nothing is
//   dropped silently.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/data/dataset.h"

namespace smip {

enum class CsvTaskRule { Auto, Regression, Classification };
enum class CsvHeaderRule { Auto, Present, Absent };

struct CsvReadOptions {
    std::string targetColumn;                     ///< name or 1-based index; empty = last column
    CsvTaskRule task = CsvTaskRule::Auto;         ///< override the task rule above
    CsvHeaderRule header = CsvHeaderRule::Auto;   ///< override the header rule above
    std::size_t maxBytes = 200u * 1024u * 1024u;  ///< larger inputs are refused
    std::size_t maxCells = 10'000'000;            ///< rows × columns limit
};

struct CsvReadResult {
    bool ok = false;
    std::string error;       ///< when !ok: what is wrong, with row and column where applicable
    Dataset dataset;         ///< valid when ok
    char delimiter = ',';    ///< the detected delimiter
    bool hasHeader = false;  ///< whether row 1 was taken as a header
};

/// Parses CSV text; `name` becomes Dataset::name. Never throws on bad input. Any thread.
CsvReadResult readCsvText(std::string_view text, const CsvReadOptions& options = {},
                          const std::string& name = "csv");

/// Reads and parses a file (name = the file's stem). Errors start with the path. Any thread.
CsvReadResult readCsvFile(const std::string& path, const CsvReadOptions& options = {});

}  // namespace smip
