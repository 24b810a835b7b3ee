#pragma once
// Small helpers the result tables and forms share: a read-only table cell, and number and id lists
// joined with commas for a line edit.
#include <QString>
#include <QStringList>
#include <QTableWidgetItem>
#include <string>
#include <vector>

namespace smip::ui {

/// A cell the user cannot edit; numbers right-aligned, text left (`right` = false).
inline QTableWidgetItem* readOnlyCell(const QString& text, bool right = true) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

/// "4,5,6" from numbers (six significant digits for doubles).
template <class T>
QString joinedNumbers(const std::vector<T>& values) {
    QStringList parts;
    for (const T& v : values) {
        if constexpr (std::is_floating_point_v<T>)
            parts << QString::number(v, 'g', 6);
        else
            parts << QString::number(v);
    }
    return parts.join(',');
}

/// "p0.4,wd" from ids.
inline QString joinedIds(const std::vector<std::string>& ids) {
    QStringList parts;
    for (const auto& id : ids)
        parts << QString::fromStdString(id);
    return parts.join(',');
}

}  // namespace smip::ui
