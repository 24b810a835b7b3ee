// PerceptronPage: the Table-3 sparsity study (Rosenhahn, JOTA 2023) on a std::jthread worker.
// Unlike single solves, the study's MILPs run in-process (core serializes CBC with a global
// mutex): acceptable for a batch study, which solves one model at a time anyway.
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <cmath>

#include "core/common/atomic_file.h"
#include "ui/charts/solver_chart.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/perceptron/perceptron_study_job.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

void PerceptronPage::runStudy() {
    if (isBusy()) return;
    Dataset data;
    QString error;
    if (!chosenDataset(data, error)) {
        controls_->setStatus(error);
        return;
    }
    PerceptronStudyConfig config;
    config.repeats = repeats_->value();
    // The form shows the train share; the study needs a test part.
    config.testFraction = std::max(1.0 - trainFraction_->value(), 0.05);
    config.maxTrain = maxTrain_->value();
    config.seed = static_cast<std::uint64_t>(seed_->value());
    config.timeLimitSeconds = timeLimit_->value();
    config.network = configFromForm();
    config.factor = factorWeights_->value();
    config.baseline.hidden = {config.network.hidden};
    study_.reset();
    table_->setRowCount(0);
    studyNote_->setText(tr("Running: %1 repeats on %2, %3 hidden units, %4 s per solve.")
                            .arg(config.repeats)
                            .arg(QString::fromStdString(data.name))
                            .arg(config.network.hidden)
                            .arg(config.timeLimitSeconds));
    tabs_->setCurrentIndex(2);
    studyRun_ = -1;
    studyJob_ = std::make_unique<PerceptronStudyJob>();
    connect(studyJob_.get(), &PerceptronStudyJob::finished, this, &PerceptronPage::onStudyFinished);
    studyJob_->start(data, config);
    controls_->begin(tr("Study: starting…"));
    controls_->startPolling();
}

void PerceptronPage::onStudyFinished() {
    if (!isSolving()) controls_->stopPolling();
    study_ = studyJob_->result();
    controls_->setBusy(false);
    const PerceptronStudyResult& r = *study_;
    if (r.rows.empty()) {
        controls_->setStatus(
            tr("The study could not run: %1").arg(QString::fromStdString(r.message)));
        studyNote_->setText(controls_->statusText());
    } else {
        fillStudyTable(r);
        QString s = r.cancelled
                        ? tr("Study cancelled after %1 s; the table summarizes finished runs.")
                              .arg(r.seconds, 0, 'f', 1)
                        : tr("Study finished in %1 s.").arg(r.seconds, 0, 'f', 1);
        if (!r.message.empty()) s += QLatin1Char(' ') + QString::fromStdString(r.message);
        controls_->setStatus(s);
        QString note = tr("%1: %2 train / %3 test rows per split, %4 repeats. Variant = flags "
                          "weights/activations/neurons; #activations = hidden firings on the "
                          "training half; the baseline is a ReLU network trained with L1.")
                           .arg(QString::fromStdString(r.dataset))
                           .arg(r.trainSamples)
                           .arg(r.testSamples)
                           .arg(r.config.repeats);
        if (r.subsampled) note += tr(" Training halves were subsampled.");
        studyNote_->setText(note);
    }
    emit studyFinished();
}

void PerceptronPage::fillStudyTable(const PerceptronStudyResult& r) {
    table_->setRowCount(static_cast<int>(r.rows.size()));
    auto put = [this](int row, int col, const QString& text, const QString& tip = {}) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(col == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                        : Qt::AlignRight | Qt::AlignVCenter);
        if (!tip.isEmpty()) item->setToolTip(tip);
        table_->setItem(row, col, item);
    };
    for (int i = 0; i < int(r.rows.size()); ++i) {
        const PerceptronStudyRow& row = r.rows[i];
        const auto& v = row.variant;
        QString name = v.baseline ? tr("baseline (gradient)")
                       : v.integer
                           ? tr("integer (%1)").arg(QString::fromStdString(v.sparsity.flagsId()))
                           : QString::fromStdString(v.id);
        const QString error = row.runs < row.solves && !row.lastError.empty()
                                  ? tr("%1 of %2 runs without a network: %3")
                                        .arg(row.solves - row.runs)
                                        .arg(row.solves)
                                        .arg(QString::fromStdString(row.lastError))
                                  : QString();
        put(i, 0, name, error);
        if (row.runs == 0) {
            put(i, 1, tr("no network"), error);
            continue;
        }
        put(i, 1, tr("%1 ± %2").arg(row.accuracyMean, 0, 'f', 3).arg(row.accuracyStd, 0, 'f', 3));
        put(i, 2, QString::number(row.trainAccuracyMean, 'f', 3));
        put(i, 3, QString::number(row.weightsMean, 'f', 1));
        put(i, 4, QString::number(row.activationsMean, 'f', 1));
        put(i, 5, QString::number(row.neuronsMean, 'f', 2));
        put(i, 6, QString::number(row.secondsMean, 'f', 2));
        put(i, 7, v.baseline ? tr("–") : tr("%1/%2").arg(row.proven).arg(row.solves));
        put(i, 8, v.baseline ? tr("–") : row.verifyMismatches == 0 ? tr("ok") : tr("MISMATCH"));
        if (!v.baseline && row.verifyMismatches > 0)
            table_->item(i, 8)->setForeground(QColor(192, 57, 43));
    }
}

QString PerceptronPage::exportStudyCsv(const QString& path) const {
    if (!study_ || study_->rows.empty()) return tr("No study to export.");
    const std::string error = writeFileAtomically(path.toStdString(), perceptronStudyCsv(*study_));
    return QString::fromStdString(error);
}

void PerceptronPage::exportStudyInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export study as CSV"),
                                                      QStringLiteral("perceptron_study.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportStudyCsv(path);
    controls_->setStatus(error.isEmpty() ? tr("Study written to %1.").arg(path)
                                         : tr("Export failed: %1").arg(error));
}

}  // namespace smip::ui
