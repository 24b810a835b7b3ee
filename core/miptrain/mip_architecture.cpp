#include "core/miptrain/mip_architecture.h"

#include <cctype>

namespace smip {

std::vector<int> MipArchitecture::hidden() const {
    if (widths.size() < 2) return {};
    return std::vector<int>(widths.begin() + 1, widths.end() - 1);
}

std::string MipArchitecture::text() const {
    std::string s;
    for (std::size_t i = 0; i < widths.size(); ++i)
        s += (i ? "-" : "") + std::to_string(widths[i]);
    return s;
}

bool parseArchitecture(const std::string& text, MipArchitecture& out, std::string& error) {
    out = MipArchitecture{};
    if (text.empty()) {
        error = "the architecture is empty; expected e.g. 5-5-2";
        return false;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t dash = text.find('-', start);
        const std::string item =
            text.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
        const int layer = static_cast<int>(out.widths.size()) + 1;
        if (item.empty()) {
            error = "empty layer " + std::to_string(layer) + " in architecture '" + text +
                    "'; expected e.g. 5-5-2";
            return false;
        }
        for (char c : item) {
            if (!std::isdigit(static_cast<unsigned char>(c))) {
                error = "layer " + std::to_string(layer) + " of architecture '" + text +
                        "' is not a whole number: '" + item + "'";
                return false;
            }
        }
        if (item.size() > 4 || std::stoi(item) < 1 || std::stoi(item) > 1000) {
            error = "layer " + std::to_string(layer) + " of architecture '" + text + "' has " +
                    item + " units; each layer needs 1..1000 units";
            return false;
        }
        out.widths.push_back(std::stoi(item));
        if (dash == std::string::npos) break;
        start = dash + 1;
    }
    if (out.widths.size() < 2) {
        error =
            "architecture '" + text + "' needs at least an input and an output layer (e.g. 5-2)";
        return false;
    }
    return true;
}

std::string checkArchitecture(const MipArchitecture& arch, int features, int classes) {
    if (arch.widths.size() < 2) return "the architecture needs at least an input and output layer";
    for (std::size_t i = 0; i < arch.widths.size(); ++i)
        if (arch.widths[i] < 1)
            return "layer " + std::to_string(i + 1) + " has " + std::to_string(arch.widths[i]) +
                   " units; each layer needs at least 1";
    if (arch.inputs() != features)
        return "the first layer has " + std::to_string(arch.inputs()) + " units but the data has " +
               std::to_string(features) + " features";
    if (arch.classes() != classes)
        return "the last layer has " + std::to_string(arch.classes()) + " units but the data has " +
               std::to_string(classes) + " classes";
    return {};
}

}  // namespace smip
