#pragma once
// Read-only table view model over a Dataset: one row per sample, feature columns then the target.
#include <QAbstractTableModel>

#include "core/data/dataset.h"

namespace smip::ui {

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `data` (copied). GUI thread.
    void setDataset(const Dataset& data);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    Dataset data_;
};

}  // namespace smip::ui
