#pragma once
// The attack comparison as a table: one row per formulation with its objective, time, gap to the
// MIP optimum, whether the answer changes the real network's decision, and proven vs local.
#include <QTableWidget>
#include <vector>

#include "core/adversarial/attack_comparison.h"

namespace smip::ui {

class ComparisonTable : public QTableWidget {
    Q_OBJECT
  public:
    enum Column {
        Formulation,
        Status,
        Objective,
        RealL1,
        Seconds,
        GapToMip,
        Valid,
        Kind,
        ColumnCount
    };

    explicit ComparisonTable(QWidget* parent = nullptr);

    /// Shows `outcomes` (gapToMip already filled). `running` lists formulation ids still working,
    /// shown as rows with "running…". GUI thread.
    void setOutcomes(const std::vector<AttackOutcome>& outcomes,
                     const QStringList& runningNames = {});

    /// Display name of a formulation id ("mip", "sqrt", "softplus:5").
    static QString formulationName(const QString& id);
    /// Short name for chart legends ("sqrt", "softplus β=5").
    static QString shortName(const QString& id);
    /// Display text of a MILP or NLP status id.
    static QString statusText(const QString& id);
};

}  // namespace smip::ui
