#include "ui/data/dataset_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace smip::ui {

void DatasetTableModel::setDataset(const Dataset& data) {
    beginResetModel();
    data_ = data;
    endResetModel();
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : data_.samples();
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : data_.features() + 1;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const bool isTarget = index.column() == data_.features();
    if (role == Qt::DisplayRole) {
        if (!isTarget) return QString::number(data_.X(index.row(), index.column()), 'g', 6);
        const double y = data_.y(index.row());
        if (data_.task == TaskKind::Classification) {
            const int c = static_cast<int>(y);
            if (c >= 0 && c < data_.classes()) return QString::fromStdString(data_.classNames[c]);
        }
        return QString::number(y, 'g', 6);
    }
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && isTarget) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    if (section < data_.features()) {
        if (section < static_cast<int>(data_.featureNames.size()))
            return QString::fromStdString(data_.featureNames[section]);
        return QStringLiteral("x%1").arg(section + 1);
    }
    return QString::fromStdString(data_.targetName);
}

}  // namespace smip::ui
