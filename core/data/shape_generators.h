#pragma once
// Two-dimensional classification shapes for teaching: the corner and spiral sets of Rosenhahn
// (JOTA 2023, Fig. 5) plus the usual XOR, circles, moons and blobs. Each takes the total sample
// count n, a noise level and a seed; class names are "0", "1", …, the target is named "label".
#include <cstdint>
#include <optional>
#include <string>

#include "core/data/dataset.h"

namespace smip {

enum class Shape2D { Corner, Spiral, Xor, Circles, Moons, Blobs };

/// Generator name ("corner", "spiral", "xor", "circles", "moons", "blobs") → shape.
std::optional<Shape2D> shapeFromName(const std::string& name);
std::string shapeName(Shape2D shape);

/// n samples with features x1, x2. Corner/XOR: X ~ U(-1,1)², the label is taken at X + noise·ε
/// (noisy labels near the boundary). Spiral/circles/moons: class i % C, points + noise·ε.
/// Blobs: 3 classes around centres on a circle of radius 0.6, spread `noise`.
/// Preconditions: n ≥ 1, noise ≥ 0 finite (checked by resolveDataset).
Dataset generateShape(Shape2D shape, int n, double noise, std::uint64_t seed);

}  // namespace smip
