#pragma once
// The four lessons of the Lessons menu: (a) why ℓp with p < 1 prunes more than weight decay and ℓ1,
// (b) how far gradient training is from the provably sparsest network, (c) exact MIP against local
// NLP on an adversarial digit, (d) sparsity terms in perceptron networks.
#include <vector>

#include "ui/lessons/lesson.h"

namespace smip::ui {

/// Built on each call so the texts follow the current language.
std::vector<Lesson> lessonCatalog();

}  // namespace smip::ui
