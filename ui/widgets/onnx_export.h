#pragma once
// "Export ONNX…": asks for a file name (.onnx added when missing, last folder remembered) and
// writes a network there with core/onnx (atomically). One dialog for the Train, Sparsest and
// Adversarial pages.
#include <QString>

class QWidget;

namespace smip {
struct MlpClassifier;
struct ShallowReluNet;
}  // namespace smip

namespace smip::ui {

/// Asks for a path and writes `net` (`description` goes into the file as its doc string). True
/// when written; `message` is the status line ("Wrote …", or the error, which also gets a message
/// box), empty when the person cancelled. GUI thread.
bool exportOnnxDialog(QWidget* parent, const ShallowReluNet& net, const QString& suggestedName,
                      const QString& description, QString& message);
bool exportOnnxDialog(QWidget* parent, const MlpClassifier& net, const QString& suggestedName,
                      const QString& description, QString& message);

/// Writes without a dialog (what the dialog does after it has a path; for tests). Empty on
/// success, else the message.
QString exportOnnx(const ShallowReluNet& net, const QString& path, const QString& description);
QString exportOnnx(const MlpClassifier& net, const QString& path, const QString& description);

}  // namespace smip::ui
