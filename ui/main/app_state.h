#pragma once
// The state pages share: the current dataset and the latest training results (the Sparsest page
// takes bounds and a warm start from them). Lives on the GUI thread.
#include <QObject>
#include <QString>
#include <vector>

#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace smip::ui {

class AppState : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    const Dataset& dataset() const { return dataset_; }
    /// Replaces the dataset; `origin` says where it came from (shown in the status bar).
    void setDataset(const Dataset& data, const QString& origin);
    const QString& datasetOrigin() const { return origin_; }

    const std::vector<TrainResult>& trainResults() const { return results_; }
    const TrainConfig& trainConfig() const { return trainConfig_; }
    void setTrainResults(const std::vector<TrainResult>& results, const TrainConfig& config);

  signals:
    void datasetChanged();
    void trainResultsChanged();

  private:
    Dataset dataset_;
    QString origin_;
    std::vector<TrainResult> results_;
    TrainConfig trainConfig_;
};

}  // namespace smip::ui
