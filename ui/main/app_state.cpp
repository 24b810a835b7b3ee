#include "ui/main/app_state.h"

namespace smip::ui {

void AppState::setDataset(const Dataset& data, const QString& origin) {
    dataset_ = data;
    origin_ = origin;
    // Results trained on another dataset no longer describe this one.
    results_.clear();
    emit trainResultsChanged();
    emit datasetChanged();
}

void AppState::setTrainResults(const std::vector<TrainResult>& results, const TrainConfig& config) {
    results_ = results;
    trainConfig_ = config;
    emit trainResultsChanged();
}

}  // namespace smip::ui
