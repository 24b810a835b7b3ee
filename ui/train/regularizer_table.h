#pragma once
// The Train page's regularizer list: one row per regularizer with a check box, p (path norm only)
// and λ, both editable in place. Texts (header, row names) come from the page, which translates
// them. GUI thread.
#include <QStringList>
#include <QTableWidget>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/train/trainer.h"

namespace smip::ui {

class RegularizerTable : public QTableWidget {
    Q_OBJECT
  public:
    explicit RegularizerTable(QWidget* parent = nullptr);

    /// Appends a row showing `name`; p and λ are editable where the kind has them.
    void addRow(const RegularizerSpec& spec, bool checked, const QString& name);
    /// The checked rows as entered; a p or λ that is not a number makes p NaN (for validation).
    std::vector<RegularizerSpec> checkedSpecs() const;
    /// Checks exactly the rows whose ids are listed.
    void setCheckedIds(const QStringList& ids);

    /// Every row as entered, [checked, p text, λ text], for sessions.
    nlohmann::json rowsToJson() const;
    /// Applies rowsToJson()'s form when it has one entry per row; malformed entries are skipped.
    void rowsFromJson(const nlohmann::json& rows);

  private:
    enum Column { ColName = 0, ColP = 1, ColLambda = 2 };
    RegularizerKind kindOf(int row) const;
};

}  // namespace smip::ui
