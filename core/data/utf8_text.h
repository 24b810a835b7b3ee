#pragma once
// Text that ends up in JSON (session files, worker messages) must be valid UTF-8, or
// nlohmann::json::dump() throws. CSV files exported by older spreadsheets are often Latin-1 /
// Windows-1252, so names read from files are repaired instead of rejected.
#include <string>
#include <string_view>

namespace smip {

/// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points > U+10FFFF).
bool isValidUtf8(std::string_view text);

/// `text` itself when valid UTF-8; otherwise each byte read as Latin-1 and re-encoded as UTF-8.
std::string ensureUtf8(std::string_view text);

/// `text` with control bytes (NUL, escape, carriage return, ... but not tab or newline) written
/// as \xNN, so a message that quotes a file's bytes prints safely on a terminal.
std::string escapeControlBytes(std::string_view text);

}  // namespace smip
