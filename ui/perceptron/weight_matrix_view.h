#pragma once
// A painted heatmap of a perceptron network's hidden weights: one row per hidden unit, one column
// per input feature, signed colors (blue < 0, white = 0, red > 0). Shows at a glance which
// features each neuron uses; unused units are greyed.
#include <Eigen/Dense>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace smip::ui {

class WeightMatrixView : public QWidget {
    Q_OBJECT
  public:
    explicit WeightMatrixView(QWidget* parent = nullptr);

    /// Rows = hidden units, columns = features (names label the columns); `usedRows` marks units
    /// that matter (empty = all). GUI thread.
    void setWeights(const Eigen::MatrixXd& W, const QStringList& featureNames,
                    const QVector<bool>& usedRows = {});
    void setTitle(const QString& title);
    void clear();
    bool isEmpty() const { return W_.size() == 0; }

    /// Diverging color for value `v` on a scale of ±`maxAbs` (0 → white). Any thread.
    static QColor signedColor(double v, double maxAbs);

    QSize sizeHint() const override { return {420, 300}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    Eigen::MatrixXd W_;
    QStringList names_;
    QVector<bool> used_;
    QString title_;
};

}  // namespace smip::ui
