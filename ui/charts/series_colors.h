#pragma once
// The colour of the i-th regularizer, shared by every chart that shows regularizers side by side
// (the Train page's charts, the function view on the Train and Sparsest pages): one run, one
// colour everywhere.
#include <QColor>

namespace smip::ui {

inline QColor regularizerColor(int i) {
    static const QColor colors[] = {
        QColor(90, 90, 90),  QColor(255, 127, 14),  QColor(31, 119, 180), QColor(44, 160, 44),
        QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194)};
    return colors[((i % 8) + 8) % 8];
}

}  // namespace smip::ui
