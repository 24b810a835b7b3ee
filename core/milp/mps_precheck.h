#pragma once
// Checks an MPS file before CoinUtils' CoinMpsIO reads it. CoinMpsIO (CoinUtils 2.10) trusts its
// input: crafted files make it request a negative-size allocation, dereference a null pointer or
// copy past its fixed card and name buffers (found by tests/fuzz/fuzz_mps). Each rule here closes
// one such path with a message naming the file, the line and the problem.
#include <string>
#include <string_view>

namespace smip {

/// Empty when `path` may be handed to CoinMpsIO; otherwise why not. Rules: a NAME card first, then
/// ROWS before COLUMNS, an ENDATA card; no compressed files (CoinMpsIO would unpack them
/// unchecked); no line over 878 bytes and no field over 159 bytes (its buffer sizes); in fixed
/// format (no FREE on the NAME card) no name longer than 8 characters in columns 15 or 40 that ends
/// its line, and no BOUNDS card whose tabs CoinMpsIO would expand past its buffer. Any thread.
std::string mpsPrecheckProblem(const std::string& path);

/// At most `maxBytes` of a file's text for a message: bytes outside printable ASCII (NUL, escape,
/// invalid UTF-8, ...) as \xNN, "..." when cut.
std::string printableExcerpt(std::string_view text, std::size_t maxBytes);

}  // namespace smip
