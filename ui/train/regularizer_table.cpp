#include "ui/train/regularizer_table.h"

#include <QHeaderView>
#include <cmath>

namespace smip::ui {

RegularizerTable::RegularizerTable(QWidget* parent) : QTableWidget(0, 3, parent) {
    horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ColP, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ColLambda, QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultSectionSize(24);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setMinimumHeight(8 * 24 + 6);
}

void RegularizerTable::addRow(const RegularizerSpec& spec, bool checked, const QString& name) {
    const int row = rowCount();
    insertRow(row);
    auto* nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    nameItem->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    nameItem->setData(Qt::UserRole, int(spec.kind));
    setItem(row, ColName, nameItem);
    auto* p = new QTableWidgetItem(spec.kind == RegularizerKind::PathNorm ? QString::number(spec.p)
                                                                          : QStringLiteral("–"));
    if (spec.kind != RegularizerKind::PathNorm) p->setFlags(Qt::ItemIsEnabled);
    setItem(row, ColP, p);
    auto* lambda = new QTableWidgetItem(
        spec.kind == RegularizerKind::None ? QStringLiteral("–") : QString::number(spec.lambda));
    if (spec.kind == RegularizerKind::None) lambda->setFlags(Qt::ItemIsEnabled);
    setItem(row, ColLambda, lambda);
}

RegularizerKind RegularizerTable::kindOf(int row) const {
    return static_cast<RegularizerKind>(item(row, ColName)->data(Qt::UserRole).toInt());
}

std::vector<RegularizerSpec> RegularizerTable::checkedSpecs() const {
    std::vector<RegularizerSpec> out;
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r, ColName)->checkState() != Qt::Checked) continue;
        RegularizerSpec spec;
        spec.kind = kindOf(r);
        bool ok = true;
        if (spec.kind == RegularizerKind::PathNorm) spec.p = item(r, ColP)->text().toDouble(&ok);
        if (spec.kind != RegularizerKind::None) {
            bool okL = true;
            spec.lambda = item(r, ColLambda)->text().toDouble(&okL);
            ok = ok && okL;
        }
        spec.p = ok ? spec.p : std::nan("");
        out.push_back(spec);
    }
    return out;
}

void RegularizerTable::setCheckedIds(const QStringList& ids) {
    for (int r = 0; r < rowCount(); ++r) {
        RegularizerSpec spec;
        spec.kind = kindOf(r);
        spec.p = item(r, ColP)->text().toDouble();
        const QString id = QString::fromStdString(spec.id());
        item(r, ColName)->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

nlohmann::json RegularizerTable::rowsToJson() const {
    nlohmann::json rows = nlohmann::json::array();
    for (int r = 0; r < rowCount(); ++r)
        rows.push_back({item(r, ColName)->checkState() == Qt::Checked,
                        item(r, ColP)->text().toStdString(),
                        item(r, ColLambda)->text().toStdString()});
    return rows;
}

void RegularizerTable::rowsFromJson(const nlohmann::json& rows) {
    if (!rows.is_array() || int(rows.size()) != rowCount()) return;
    for (int r = 0; r < rowCount(); ++r) {
        const nlohmann::json& row = rows[r];
        if (!row.is_array() || row.size() != 3 || !row[0].is_boolean() || !row[1].is_string() ||
            !row[2].is_string())
            continue;
        item(r, ColName)->setCheckState(row[0].get<bool>() ? Qt::Checked : Qt::Unchecked);
        item(r, ColP)->setText(QString::fromStdString(row[1].get<std::string>()));
        item(r, ColLambda)->setText(QString::fromStdString(row[2].get<std::string>()));
    }
}

}  // namespace smip::ui
