#pragma once
// A fully connected architecture "D-K-…-K-J": D inputs, L ≥ 0 hidden layers (widths may differ),
// J output classes (Patil & Mintz).
#include <string>
#include <vector>

namespace smip {

struct MipArchitecture {
    std::vector<int> widths;  ///< D, K_1, …, K_L, J (at least two entries)

    int inputs() const { return widths.empty() ? 0 : widths.front(); }
    int classes() const { return widths.empty() ? 0 : widths.back(); }
    int hiddenLayers() const { return widths.size() < 2 ? 0 : static_cast<int>(widths.size()) - 2; }
    /// Widths of the hidden layers only.
    std::vector<int> hidden() const;
    /// "5-5-2".
    std::string text() const;
};

/// Parses "5-5-2". Returns false and sets `error` (e.g. "empty layer in '5--2'", "layer 2 has 0
/// units") for malformed text, fewer than two layers or widths outside 1..1000. Any thread.
bool parseArchitecture(const std::string& text, MipArchitecture& out, std::string& error);

/// Empty when `arch` fits data with `features` columns and `classes` classes; otherwise a message
/// ("the first layer has 4 units but the data has 5 features"). Any thread.
std::string checkArchitecture(const MipArchitecture& arch, int features, int classes);

}  // namespace smip
