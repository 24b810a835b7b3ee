#include "core/sparsest/sparsest_config.h"

namespace smip {

const char* variantId(SparsestVariant v) {
    return v == SparsestVariant::Published ? "published" : "tight";
}

bool parseVariant(const std::string& id, SparsestVariant& out) {
    if (id == "published" || id == "seed") {
        out = SparsestVariant::Published;
        return true;
    }
    if (id == "tight") {
        out = SparsestVariant::Tight;
        return true;
    }
    return false;
}

int effectiveWidth(const SparsestConfig& config, int samples) {
    return config.width > 0 ? config.width : samples;
}

}  // namespace smip
