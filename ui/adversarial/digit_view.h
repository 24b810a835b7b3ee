#pragma once
// A small custom-painted image of an 8×8 (or any w×h) input: grey-scale for digits (0 = white
// paper, 1 = black ink, as scikit-learn's gray_r) or a signed blue/white/red heatmap for a
// perturbation, with a caption above and a colour legend below.
#include <QString>
#include <QVector>
#include <QWidget>

namespace smip::ui {

class DigitView : public QWidget {
    Q_OBJECT
  public:
    enum class Mode {
        Grey,  ///< values in [lower, upper] (default [0,1]) → white … black
        Signed  ///< values in [−m, m] → blue … white … red, m = max |value| (or setSignedRange)
    };

    explicit DigitView(QWidget* parent = nullptr);

    /// Shows `values` (row-major, width·height of them). An empty vector clears the image. GUI
    /// thread.
    void setImage(const QVector<double>& values, int width = 8, int height = 8);
    void clear();
    void setMode(Mode mode);
    /// Grey mode: the value range mapped to white … black.
    void setGreyRange(double lower, double upper);
    /// Signed mode: fixes m (≤ 0 = automatic, max |value|).
    void setSignedRange(double m);
    /// Text above the image (already translated).
    void setCaption(const QString& caption);
    /// Text shown instead of the image while there is none (already translated).
    void setPlaceholder(const QString& text);

    bool hasImage() const { return !values_.isEmpty(); }
    const QVector<double>& values() const { return values_; }
    /// The colour a value is drawn with under the current mode and range.
    QColor colorFor(double value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    double signedMax() const;

    QVector<double> values_;
    int width_ = 8;
    int height_ = 8;
    Mode mode_ = Mode::Grey;
    double greyLower_ = 0.0;
    double greyUpper_ = 1.0;
    double signedRange_ = 0.0;
    QString caption_;
    QString placeholder_;
};

}  // namespace smip::ui
