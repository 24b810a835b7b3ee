#include "ui/main/milp_exporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include "ui/jobs/milp_export_job.h"
#include "ui/main/milp_export.h"

namespace smip::ui {

MilpExporter::MilpExporter(QTabWidget* tabs, QWidget* dialogParent)
    : QObject(dialogParent), tabs_(tabs), dialogParent_(dialogParent), timer_(new QTimer(this)) {
    timer_->setInterval(50);
    connect(timer_, &QTimer::timeout, this, &MilpExporter::poll);
}

MilpExporter::~MilpExporter() = default;  // the job's destructor stops and joins its worker

bool MilpExporter::isRunning() const {
    return job_ && job_->isRunning();
}

void MilpExporter::cancel() {
    if (job_) job_->requestStop();
}

MilpExportPlan MilpExporter::currentPlan() const {
    MilpExportPlan plan;
    const auto* source = dynamic_cast<const MilpExportSource*>(tabs_->currentWidget());
    if (!source) {
        QString page = tabs_->tabText(tabs_->currentIndex());
        page.remove(QLatin1Char('&'));
        plan.unavailable = tr("The page “%1” solves no MILP. Export MILP… works on the Sparsest "
                              "network, Perceptron MILP, Adversarial and MIP training pages.")
                               .arg(page);
        return plan;
    }
    return source->milpExportPlan();
}

void MilpExporter::exportWithDialog() {
    if (isRunning()) {
        showMessage(false, tr("An export is still being prepared."));
        return;
    }
    const MilpExportPlan plan = currentPlan();
    if (!plan.unavailable.isEmpty()) {
        QMessageBox::information(dialogParent_, tr("Export MILP"), plan.unavailable);
        return;
    }
    QString filter;
    QString path =
        QFileDialog::getSaveFileName(dialogParent_, tr("Export MILP"), QString(),
                                     tr("MPS files (*.mps);;CPLEX LP files (*.lp)"), &filter);
    if (path.isEmpty()) return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("mps") && suffix != QLatin1String("lp"))
        path +=
            filter.contains(QLatin1String("*.lp")) ? QStringLiteral(".lp") : QStringLiteral(".mps");
    interactive_ = true;
    if (const QString why = exportTo(path); !why.isEmpty()) {
        interactive_ = false;
        showMessage(false, why);
    }
}

QString MilpExporter::exportTo(const QString& path) {
    if (isRunning()) return tr("An export is still being prepared.");
    MilpExportPlan plan = currentPlan();
    if (!plan.unavailable.isEmpty()) return plan.unavailable;
    MilpModelFiles files;
    QString target = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("lp"))
        files.lp = target.toStdString();
    else {
        if (suffix != QLatin1String("mps")) target += QStringLiteral(".mps");
        files.mps = target.toStdString();
    }
    note_ = plan.note;
    job_ = std::make_unique<MilpExportJob>();
    job_->start(std::move(plan), files);
    timer_->start();
    return {};
}

void MilpExporter::poll() {
    if (!job_) return;
    job_->poll();
    if (job_->isRunning()) return;
    timer_->stop();
    const MilpExportOutcome& out = job_->result();
    bool ok = false;
    QString message;
    if (job_->failed())
        message = tr("The export failed: %1").arg(job_->errorMessage());
    else if (!out.error.empty())
        message = tr("The export failed: %1").arg(QString::fromStdString(out.error));
    else if (!out.built)
        message =
            tr("No model was exported: the preparation was stopped or ended before a MILP "
               "was built.");
    else {
        ok = true;
        QStringList paths;
        for (const std::string& p : out.written)
            paths << QString::fromStdString(p);
        message = tr("Wrote %n file(s): %1.", "", int(paths.size())).arg(paths.join(", ")) +
                  QLatin1Char('\n') + note_;
        if (out.starts == 0) message += QLatin1Char('\n') + tr("No MIP start was written.");
    }
    showMessage(ok, message);
    interactive_ = false;
    emit finished(ok, message);
}

void MilpExporter::showMessage(bool ok, const QString& message) {
    if (!interactive_) return;
    // Non-modal: the result of a background job must not block the window.
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Export MILP"), message, QMessageBox::Ok, dialogParent_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace smip::ui
