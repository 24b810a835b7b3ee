#pragma once
// Writes files atomically: the content goes to a temporary file beside the target, is flushed to
// disk, then renamed over the target, so a crash or full disk never leaves a half-written file and
// never destroys the previous version.
#include <string>
#include <string_view>

namespace smip {

/// Writes `content` to `path` atomically. Returns an empty string on success, otherwise a message
/// naming the path and the reason. Any thread.
std::string writeFileAtomically(const std::string& path, std::string_view content);

/// Reads a whole file. Returns false and sets `error` (naming the path) on failure. Any thread.
bool readWholeFile(const std::string& path, std::string& content, std::string& error,
                   std::size_t maxBytes = std::size_t(1) << 30);

}  // namespace smip
