#pragma once
// Class probabilities (softmax of the logits) before and after a perturbation as paired bars per
// class, custom-painted; the true class and the predicted class after are marked.
#include <QString>
#include <QVector>
#include <QWidget>

namespace smip::ui {

class ProbabilityView : public QWidget {
    Q_OBJECT
  public:
    explicit ProbabilityView(QWidget* parent = nullptr);

    /// `before`/`after` are probabilities per class (either may be empty). GUI thread.
    void setProbabilities(const QVector<double>& before, const QVector<double>& after,
                          int trueClass, int predictedAfter);
    void clear();
    /// Series names shown in the legend (already translated).
    void setNames(const QString& before, const QString& after);

    const QVector<double>& before() const { return before_; }
    const QVector<double>& after() const { return after_; }

    QSize sizeHint() const override { return {300, 200}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QVector<double> before_, after_;
    int trueClass_ = -1;
    int predictedAfter_ = -1;
    QString beforeName_, afterName_;
};

}  // namespace smip::ui
