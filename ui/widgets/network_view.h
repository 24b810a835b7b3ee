#pragma once
// Draws a single-hidden-layer network: inputs, hidden units, output. Edge width ∝ |weight|, color
// by sign; zero paths (|v_k·w_kj| ≤ eps) are hidden, dead units drawn hollow and crossed out.
#include <QString>
#include <QWidget>

#include "core/nn/shallow_relu_net.h"

namespace smip::ui {

class NetworkView : public QWidget {
    Q_OBJECT
  public:
    explicit NetworkView(QWidget* parent = nullptr);

    /// Shows `net` (copied). GUI thread.
    void setNetwork(const ShallowReluNet& net, double eps = 1e-6);
    void setCaption(const QString& caption);
    void clear();
    bool hasNetwork() const { return net_.width() > 0; }

  protected:
    void paintEvent(QPaintEvent* event) override;
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    ShallowReluNet net_;
    double eps_ = 1e-6;
    QString caption_;
};

}  // namespace smip::ui
