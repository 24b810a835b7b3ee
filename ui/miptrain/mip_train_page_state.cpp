// MipTrainPage's form for sessions (the Page interface). Kept apart from mip_train_page.cpp only
// while that file is being moved onto the MILP backend seam; it belongs there afterwards.
#include "ui/miptrain/mip_train_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace smip::ui {

FormState MipTrainPage::formState() const {
    return {{"dataset", dataset_},       {"seed", seed_},         {"architecture", arch_},
            {"activation", activation_}, {"loss", loss_},         {"method", method_},
            {"time_limit", timeLimit_},  {"blocks", blocks_},     {"iterations", iterations_},
            {"sparsity", sparsity_},     {"sgd_start", sgdStart_}};
}

}  // namespace smip::ui
