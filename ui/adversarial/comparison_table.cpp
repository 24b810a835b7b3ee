#include "ui/adversarial/comparison_table.h"

#include <QHash>
#include <QHeaderView>
#include <cmath>

namespace smip::ui {

ComparisonTable::ComparisonTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Formulation"), tr("Status"), tr("Objective"), tr("Real L1"),
                               tr("Seconds"), tr("Gap to MIP"), tr("Valid on real network"),
                               tr("Proven / local")});
    horizontalHeaderItem(Objective)->setToolTip(
        tr("The solver's own objective: ‖x − x₀‖₁ of the (surrogate) problem."));
    horizontalHeaderItem(RealL1)->setToolTip(tr("‖x − x₀‖₁ of the returned point, recomputed."));
    horizontalHeaderItem(GapToMip)->setToolTip(
        tr("Real L1 relative to the MIP's answer (0 % = as small as the optimum)."));
    horizontalHeaderItem(Valid)->setToolTip(
        tr("Whether the point changes the decision of the real ReLU network (not the surrogate), "
           "and the class the real network predicts there."));
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

QString ComparisonTable::formulationName(const QString& id) {
    if (id == QLatin1String("mip")) return tr("MIP (CBC, exact)");
    if (id == QLatin1String("sqrt")) return tr("sqrt-ReLU (Ipopt)");
    if (id.startsWith(QLatin1String("sqrt:"))) return tr("sqrt-ReLU δ=%1 (Ipopt)").arg(id.mid(5));
    if (id.startsWith(QLatin1String("softplus:")))
        return tr("softplus β=%1 (Ipopt)").arg(id.mid(9));
    return id;
}

QString ComparisonTable::shortName(const QString& id) {
    if (id == QLatin1String("mip")) return tr("MIP");
    if (id.startsWith(QLatin1String("sqrt"))) return tr("sqrt");
    if (id.startsWith(QLatin1String("softplus:"))) return tr("softplus β=%1").arg(id.mid(9));
    return id;
}

QString ComparisonTable::statusText(const QString& id) {
    static const QHash<QString, const char*> texts = {
        {"optimal", QT_TR_NOOP("optimal")},
        {"feasible_at_limit", QT_TR_NOOP("time limit (incumbent)")},
        {"infeasible", QT_TR_NOOP("infeasible (robust)")},
        {"unbounded", QT_TR_NOOP("unbounded")},
        {"no_solution_at_limit", QT_TR_NOOP("time limit (no solution)")},
        {"cancelled", QT_TR_NOOP("cancelled")},
        {"error", QT_TR_NOOP("error")},
        {"locally_optimal", QT_TR_NOOP("locally optimal")},
        {"acceptable", QT_TR_NOOP("acceptable")},
        {"locally_infeasible", QT_TR_NOOP("locally infeasible")},
        {"iteration_limit", QT_TR_NOOP("iteration limit")},
        {"time_limit", QT_TR_NOOP("time limit")},
        {"failed", QT_TR_NOOP("failed")}};
    const auto it = texts.find(id);
    return it == texts.end() ? id : tr(it.value());
}

void ComparisonTable::setOutcomes(const std::vector<AttackOutcome>& outcomes,
                                  const QStringList& runningNames) {
    const int selected = currentRow();
    setRowCount(int(outcomes.size()) + int(runningNames.size()));
    auto put = [this](int row, int col, const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        if (col >= Objective && col <= GapToMip)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(tip.isEmpty() ? text : tip);
        setItem(row, col, item);
        return item;
    };
    auto num = [](double v, int decimals) {
        return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
    };
    int row = 0;
    for (const auto& o : outcomes) {
        const QString id = QString::fromStdString(o.formulation);
        const QString message = QString::fromStdString(o.message);
        put(row, Formulation, formulationName(id), id);
        put(row, Status, statusText(QString::fromStdString(o.status)), message);
        put(row, Objective, o.hasSolution ? num(o.objective, 4) : QStringLiteral("–"));
        put(row, RealL1, o.hasSolution ? num(o.verification.l1, 4) : QStringLiteral("–"));
        put(row, Seconds, num(o.seconds, 2));
        put(row, GapToMip,
            o.hasSolution && std::isfinite(o.gapToMip)
                // +0.0 instead of −0.0 for answers equal to the MIP's up to rounding.
                ? QString::number(100.0 * o.gapToMip + 0.0, 'f', 1)
                          .replace(QStringLiteral("-0.0"), QStringLiteral("0.0")) +
                      QStringLiteral(" %")
                : QStringLiteral("–"));
        QString valid = QStringLiteral("–");
        QColor tint;
        if (o.hasSolution) {
            if (!o.verification.decisionChanged) {
                valid = tr("no (still class %1)").arg(o.verification.predictedAfter);
                tint = QColor(214, 39, 40);
            } else if (!o.verification.marginMet) {
                valid = tr("yes, margin not met (class %1)").arg(o.verification.predictedAfter);
                tint = QColor(200, 120, 0);
            } else {
                valid = tr("yes (class %1)").arg(o.verification.predictedAfter);
                tint = QColor(44, 140, 44);
            }
        }
        auto* v = put(
            row, Valid, valid,
            o.hasSolution
                ? tr("margin on the real network: %1").arg(o.verification.marginAfter, 0, 'g', 4)
                : message);
        if (tint.isValid()) v->setForeground(tint);
        const bool proven = o.exact && o.status == "optimal";
        put(row, Kind,
            o.exact ? (proven ? tr("proven optimal") : tr("exact model, not proven"))
                    : tr("local"));
        ++row;
    }
    for (const QString& name : runningNames) {
        put(row, Formulation, formulationName(name), name);
        put(row, Status, tr("running…"));
        for (int c = Objective; c < ColumnCount; ++c)
            put(row, c, QString());
        ++row;
    }
    if (selected >= 0 && selected < rowCount()) selectRow(selected);
}

}  // namespace smip::ui
