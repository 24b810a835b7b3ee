#include "ui/perceptron/perceptron_study_panel.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/common/atomic_file.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/perceptron_solve_job.h"
#include "ui/jobs/perceptron_study_job.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

PerceptronStudyPanel::PerceptronStudyPanel(SolveControls* controls, SolverChart* chart,
                                           QWidget* parent)
    : QWidget(parent), controls_(controls), chart_(chart) {
    table_ = new QTableWidget(0, 9);
    table_->setHorizontalHeaderLabels({tr("Variant"), tr("Test accuracy"), tr("Train acc."),
                                       tr("#weights"), tr("#activations"), tr("#neurons"),
                                       tr("Seconds"), tr("Proven"), tr("Verified")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    note_ =
        new QLabel(tr("Press Study to run the sparsity table (Rosenhahn 2023, Table 3): "
                      "variant = flags weights/activations/neurons."));
    note_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note_);
    layout->addWidget(table_, 1);
    buildBox();
    connect(controls_, &SolveControls::tick, this, &PerceptronStudyPanel::onTick);
}

// The job's destructor requests stop and joins.
PerceptronStudyPanel::~PerceptronStudyPanel() = default;

void PerceptronStudyPanel::buildBox() {
    repeats_ = new QSpinBox();
    repeats_->setRange(1, 1000);
    repeats_->setValue(10);
    repeats_->setToolTip(tr("Seeded splits per variant (the paper uses 10)."));
    run_ = new QPushButton(tr("Study"));
    run_->setToolTip(
        tr("Table 3 of the paper: every flag combination, the integer network and a "
           "gradient-trained baseline over repeated splits (uses the weights "
           "factor for every term)."));
    export_ = new QPushButton(tr("Export CSV…"));
    export_->setEnabled(false);
    box_ = new QGroupBox(tr("Sparsity study"), this);  // the page moves it into its form column
    auto* grid = new QGridLayout(box_);
    grid->addWidget(new QLabel(tr("Repeats:")), 0, 0);
    grid->addWidget(repeats_, 0, 1);
    grid->addWidget(run_, 1, 0);
    grid->addWidget(export_, 1, 1);
    controls_->disableWhileBusy(run_);
    connect(controls_, &SolveControls::busyChanged, this, [this](bool busy) {
        export_->setEnabled(!busy && result_.has_value() && !result_->rows.empty());
    });
    connect(run_, &QPushButton::clicked, this, &PerceptronStudyPanel::runRequested);
    connect(export_, &QPushButton::clicked, this, &PerceptronStudyPanel::exportInteractive);
}

void PerceptronStudyPanel::setRepeats(int repeats) {
    repeats_->setValue(repeats);
}

bool PerceptronStudyPanel::isRunning() const {
    return job_ && job_->isRunning();
}

void PerceptronStudyPanel::start(const Dataset& data, const PerceptronRunConfig& settings) {
    if (isRunning()) return;
    PerceptronStudyConfig config;
    config.repeats = repeats_->value();
    config.testFraction = std::max(settings.testFraction, 0.05);  // the study needs a test part
    config.maxTrain = settings.maxTrain;
    config.seed = settings.seed;
    config.timeLimitSeconds = settings.milp.timeLimitSeconds;
    config.network = settings.network;
    config.factor = settings.network.sparsity.weightsFactor;
    config.baseline.hidden = {config.network.hidden};
    result_.reset();
    table_->setRowCount(0);
    note_->setText(tr("Running: %1 repeats on %2, %3 hidden units, %4 s per solve.")
                       .arg(config.repeats)
                       .arg(QString::fromStdString(data.name))
                       .arg(config.network.hidden)
                       .arg(config.timeLimitSeconds));
    job_ = std::make_unique<PerceptronStudyJob>(data, config);
    connect(job_.get(), &PerceptronStudyJob::finished, this, &PerceptronStudyPanel::onFinished);
    job_->start();
    controls_->begin(tr("Study: starting…"));
    controls_->startPolling();
}

void PerceptronStudyPanel::cancel() {
    if (!isRunning()) return;
    job_->requestStop();
    controls_->setStatus(tr("Cancelling the study after the current solve…"));
}

void PerceptronStudyPanel::onTick() {
    if (!isRunning()) return;
    PerceptronStudyJob::Batch batch = job_->drain();
    if (batch.progress.newRun) chart_->reset();  // a new solve of the study: a fresh chart
    chart_->addProgress(batch.progress.samples);
    if (batch.step && batch.step->total > 0 && job_->isRunning())
        controls_->setStatus(tr("Study: %1 of %2 solves (variant %3)…")
                                 .arg(batch.step->done + 1)
                                 .arg(batch.step->total)
                                 .arg(QString::fromStdString(batch.step->variant)));
}

void PerceptronStudyPanel::onFinished() {
    controls_->stopPolling();
    result_ = job_->result();
    if (job_->failed()) result_->message = job_->errorMessage().toStdString();  // and no rows
    controls_->setBusy(false);
    const PerceptronStudyResult& r = *result_;
    if (r.rows.empty()) {
        controls_->setStatus(
            tr("The study could not run: %1").arg(QString::fromStdString(r.message)));
        note_->setText(controls_->statusText());
    } else {
        fillTable(r);
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
        note_->setText(note);
    }
    emit finished();
}
void PerceptronStudyPanel::fillTable(const PerceptronStudyResult& r) {
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

QString PerceptronStudyPanel::exportCsv(const QString& path) const {
    if (!result_ || result_->rows.empty()) return tr("No study to export.");
    const std::string error = writeFileAtomically(path.toStdString(), perceptronStudyCsv(*result_));
    return QString::fromStdString(error);
}

void PerceptronStudyPanel::exportInteractive() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export study as CSV"),
                                                      QStringLiteral("perceptron_study.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportCsv(path);
    controls_->setStatus(error.isEmpty() ? tr("Study written to %1.").arg(path)
                                         : tr("Export failed: %1").arg(error));
}

}  // namespace smip::ui
