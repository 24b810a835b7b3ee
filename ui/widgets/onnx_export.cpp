#include "ui/widgets/onnx_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include "core/onnx/onnx_writer.h"

namespace smip::ui {

namespace {

// Free functions have no class context: lupdate files these tr() calls under the enclosing
// namespace, so the lookup uses the same context (as sparsest_texts.cpp).
QString tr(const char* text) {
    return QCoreApplication::translate("smip::ui", text);
}

OnnxWriteOptions optionsFor(const QString& description) {
    OnnxWriteOptions o;
    o.docString = description.toStdString();
    return o;
}

template <class Net>
bool dialog(QWidget* parent, const Net& net, const QString& suggestedName,
            const QString& description, QString& message) {
    message.clear();
    QSettings settings;
    const QString folder = settings.value("lastFolder").toString();
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export ONNX"), folder.isEmpty() ? suggestedName : folder + "/" + suggestedName,
        tr("ONNX model (*.onnx)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".onnx");
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    message = exportOnnx(net, path, description);
    if (!message.isEmpty()) {
        QMessageBox::warning(parent, tr("Export ONNX"), message);
        return false;
    }
    message = tr("Wrote %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

}  // namespace

QString exportOnnx(const ShallowReluNet& net, const QString& path, const QString& description) {
    return QString::fromStdString(writeOnnxModel(net, path.toStdString(), optionsFor(description)));
}

QString exportOnnx(const MlpClassifier& net, const QString& path, const QString& description) {
    return QString::fromStdString(writeOnnxModel(net, path.toStdString(), optionsFor(description)));
}

bool exportOnnxDialog(QWidget* parent, const ShallowReluNet& net, const QString& suggestedName,
                      const QString& description, QString& message) {
    return dialog(parent, net, suggestedName, description, message);
}

bool exportOnnxDialog(QWidget* parent, const MlpClassifier& net, const QString& suggestedName,
                      const QString& description, QString& message) {
    return dialog(parent, net, suggestedName, description, message);
}

}  // namespace smip::ui
