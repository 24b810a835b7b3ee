#include "ui/sweep/sweep_study_view.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <thread>

#include "core/common/atomic_file.h"
#include "core/sweep/sweep_table.h"
#include "core/train/train_sequence.h"
#include "ui/jobs/sweep_job.h"
#include "ui/sweep/sweep_summary_chart.h"
#include "ui/widgets/table_cells.h"

namespace smip::ui {

namespace {

std::vector<SweepInstanceResult> valuesOf(const std::map<std::string, SweepInstanceResult>& m) {
    std::vector<SweepInstanceResult> out;
    out.reserve(m.size());
    for (const auto& [id, r] : m)
        out.push_back(r);
    return out;
}

// "4,5,6" or "0:9" into integers ≥ min; the message names the field.
template <class T>
bool parseField(const QLineEdit* edit, const QString& field, long long min, std::vector<T>& out,
                QString& error) {
    std::vector<long long> values;
    std::string why;
    if (!parseIntegerList(edit->text().trimmed().toStdString(), min, values, why)) {
        error = SweepStudyView::tr("%1: %2").arg(field, QString::fromStdString(why));
        return false;
    }
    out.assign(values.begin(), values.end());
    return true;
}

}  // namespace

SweepStudyView::SweepStudyView(QWidget* parent) : QWidget(parent) {
    buildUi();
    setGrid(SweepGrid{});
    clock_ = new QTimer(this);
    clock_->setInterval(100);
    connect(clock_, &QTimer::timeout, this, &SweepStudyView::onTick);
}

SweepStudyView::~SweepStudyView() = default;  // the job's destructor stops and joins

void SweepStudyView::buildUi() {
    kinds_ = new QLineEdit();
    kinds_->setToolTip(tr("random, teacher, lowrank, or paths of CSV files (comma separated)"));
    n_ = new QLineEdit();
    n_->setObjectName("studyN");
    n_->setToolTip(tr("sample counts, e.g. 4,5,6 or 4:8"));
    d_ = new QLineEdit();
    d_->setToolTip(tr("feature counts, e.g. 5 or 2,5"));
    seeds_ = new QLineEdit();
    seeds_->setToolTip(tr("seeds, e.g. 0:9"));
    regularizers_ = new QLineEdit();
    regularizers_->setToolTip(tr("none, wd, l1, group, p<exponent> (comma separated)"));
    epochs_ = new QSpinBox();
    epochs_->setRange(1, 10000000);
    epochs_->setSingleStep(10000);
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(0.5, 86400.0);
    timeLimit_->setSuffix(tr(" s"));
    workers_ = new QSpinBox();
    workers_->setRange(1, 64);
    workers_->setValue(int(std::max(1u, std::thread::hardware_concurrency())));
    workers_->setToolTip(tr("instances run at once (each MILP in its own worker process)"));
    outDir_ = new QLineEdit(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath("study"));
    auto* browse = new QPushButton(tr("…"));
    browse->setToolTip(tr("Choose the folder the results are stored in"));
    browse->setMaximumWidth(36);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Results folder"), outDir_->text());
        if (!dir.isEmpty()) outDir_->setText(dir);
    });
    auto* dirRow = new QHBoxLayout();
    dirRow->addWidget(outDir_, 1);
    dirRow->addWidget(browse);

    auto* form = new QFormLayout();
    form->addRow(tr("Data kinds:"), kinds_);
    form->addRow(tr("N:"), n_);
    form->addRow(tr("d:"), d_);
    form->addRow(tr("Seeds:"), seeds_);
    form->addRow(tr("Regularizers:"), regularizers_);
    form->addRow(tr("Epochs:"), epochs_);
    form->addRow(tr("MILP time limit:"), timeLimit_);
    form->addRow(tr("Workers:"), workers_);
    form->addRow(tr("Results folder:"), dirRow);

    runButton_ = new QPushButton(tr("Run study"));
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setEnabled(false);
    exportButton_ = new QPushButton(tr("Export CSV…"));
    exportButton_->setEnabled(false);
    connect(runButton_, &QPushButton::clicked, this, &SweepStudyView::run);
    connect(cancelButton_, &QPushButton::clicked, this, &SweepStudyView::cancel);
    connect(exportButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export study as CSV"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty()) return;
        const QString error = exportCsv(path);
        status_->setText(error.isEmpty() ? tr("Written: %1").arg(path) : error);
    });
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(exportButton_);
    status_ =
        new QLabel(tr("Results are stored per instance; a study run again continues where "
                      "it stopped."));
    status_->setWordWrap(true);

    auto* formWidget = new QWidget();
    auto* fl = new QVBoxLayout(formWidget);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addLayout(form);
    fl->addLayout(buttons);
    fl->addWidget(status_);
    fl->addStretch(1);

    chart_ = new SweepSummaryChart();
    table_ = new QTableWidget(0, 8);
    table_->setHorizontalHeaderLabels({tr("kind"), tr("N"), tr("d"), tr("method"), tr("instances"),
                                       tr("fits"), tr("mean nonzeros"), tr("reached optimum")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->setVisible(false);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(formWidget);
    split->addWidget(chart_);
    split->addWidget(table_);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

bool SweepStudyView::grid(SweepGrid& out, QString& error) const {
    SweepGrid g;
    g.kinds.clear();
    for (const QString& k : kinds_->text().split(',', Qt::SkipEmptyParts))
        g.kinds.push_back(k.trimmed().toStdString());
    if (g.kinds.empty()) {
        error = tr("Data kinds: name at least one (random, teacher, lowrank or a CSV file)");
        return false;
    }
    if (!parseField(n_, tr("N"), 1, g.n, error) || !parseField(d_, tr("d"), 1, g.d, error) ||
        !parseField(seeds_, tr("Seeds"), 0, g.seeds, error))
        return false;
    std::string why;
    if (!parseRegularizerList(regularizers_->text().trimmed().toStdString(), 0.005,
                              g.settings.regularizers, why)) {
        error = tr("Regularizers: %1").arg(QString::fromStdString(why));
        return false;
    }
    g.settings.epochs = epochs_->value();
    g.settings.timeLimitSeconds = timeLimit_->value();
    out = std::move(g);
    return true;
}

void SweepStudyView::setGrid(const SweepGrid& g) {
    QStringList kinds;
    for (const auto& k : g.kinds)
        kinds << QString::fromStdString(k);
    kinds_->setText(kinds.join(','));
    n_->setText(joinedNumbers(g.n));
    d_->setText(joinedNumbers(g.d));
    seeds_->setText(joinedNumbers(g.seeds));
    QStringList ids;
    for (const auto& r : g.settings.regularizers)
        ids << QString::fromStdString(r.id());
    regularizers_->setText(ids.join(','));
    epochs_->setValue(g.settings.epochs);
    timeLimit_->setValue(g.settings.timeLimitSeconds);
}

void SweepStudyView::setOutputDirectory(const QString& dir) {
    outDir_->setText(dir);
}

QString SweepStudyView::outputDirectory() const {
    return outDir_->text().trimmed();
}

void SweepStudyView::setWorkers(int workers) {
    workers_->setValue(workers);
}

bool SweepStudyView::isRunning() const {
    return job_ && job_->isRunning();
}

QString SweepStudyView::statusText() const {
    return status_->text();
}

void SweepStudyView::run() {
    if (isRunning()) return;
    SweepGrid g;
    QString error;
    if (!grid(g, error)) {
        status_->setText(tr("Cannot start: %1").arg(error));
        return;
    }
    std::vector<SweepInstance> instances;
    std::string why;
    if (!sweepInstances(g, instances, why)) {
        status_->setText(tr("Cannot start: %1").arg(QString::fromStdString(why)));
        return;
    }
    const QString dir = outputDirectory();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        status_->setText(tr("Cannot start: the results folder '%1' cannot be created").arg(dir));
        return;
    }
    // What an earlier run of this folder stored is shown at once and not run again.
    loadResults();
    planned_ = static_cast<int>(instances.size());
    failed_ = 0;
    job_ = std::make_unique<SweepJob>(std::move(instances), dir.toStdString(), workers_->value());
    connect(job_.get(), &SweepJob::finished, this, &SweepStudyView::onFinished);
    job_->start();
    runButton_->setEnabled(false);
    cancelButton_->setEnabled(true);
    status_->setText(
        tr("Running %1 instances on %2 workers…").arg(planned_).arg(workers_->value()));
    clock_->start();
}

int SweepStudyView::loadResults() {
    results_.clear();
    std::vector<SweepInstanceResult> stored;
    std::string error;
    if (!collectSweep(outputDirectory().toStdString(), stored, error))
        status_->setText(
            tr("Cannot read the results folder: %1").arg(QString::fromStdString(error)));
    for (auto& r : stored)
        results_[r.instance.id] = std::move(r);
    redraw();
    return static_cast<int>(results_.size());
}

void SweepStudyView::cancel() {
    if (!isRunning()) return;
    job_->requestStop();
    status_->setText(tr("Cancelling: running instances stop without storing a result…"));
}

void SweepStudyView::onTick() {
    if (!job_) return;
    SweepJob::Batch b = job_->drain();
    for (const auto& r : b.finished)
        results_[r.instance.id] = r;
    failed_ += static_cast<int>(b.failures.size());
    for (const auto& f : b.failures)
        status_->setText(tr("Instance failed: %1").arg(QString::fromStdString(f)));
    if (!b.finished.empty()) redraw();
    if (job_->isRunning() && b.failures.empty())
        status_->setText(tr("%1 of %2 instances done…").arg(results_.size()).arg(planned_));
}

void SweepStudyView::onFinished() {
    clock_->stop();
    runButton_->setEnabled(true);
    cancelButton_->setEnabled(false);
    const SweepRunCounts counts = job_->result();
    if (job_->failed())
        status_->setText(tr("The study stopped: %1").arg(job_->errorMessage()));
    else
        status_->setText(tr("Done: %1 run, %2 already stored, %3 failed, %4 not finished.")
                             .arg(counts.ran)
                             .arg(counts.skipped)
                             .arg(counts.failed)
                             .arg(counts.unfinished));
    redraw();
    emit studyFinished();
}

void SweepStudyView::redraw() {
    const std::vector<SweepInstanceResult> all = valuesOf(results_);
    chart_->setResults(all);
    exportButton_->setEnabled(!all.empty());
    table_->setRowCount(0);
    for (const SweepGroupSummary& g : summarizeSweep(all))
        for (const SweepMethodSummary& m : g.methods) {
            const int row = table_->rowCount();
            table_->insertRow(row);
            const bool milp = m.method == "milp";
            const QString reached = milp ? tr("%1 proven").arg(m.reachedOptimum)
                                         : tr("%1 of %2").arg(m.reachedOptimum).arg(g.proven);
            const QStringList cells = {QString::fromStdString(g.kind),
                                       QString::number(g.n),
                                       QString::number(g.d),
                                       milp ? tr("MILP") : QString::fromStdString(m.method),
                                       QString::number(m.instances),
                                       QString::number(m.fits),
                                       std::isfinite(m.meanNonzeros)
                                           ? QString::number(m.meanNonzeros, 'f', 2)
                                           : QStringLiteral("–"),
                                       reached};
            for (int c = 0; c < cells.size(); ++c)
                table_->setItem(row, c, readOnlyCell(cells[c], c >= 4));
        }
}

QString SweepStudyView::exportCsv(const QString& path) const {
    const std::string error = writeFileAtomically(path.toStdString(), sweepCsv(valuesOf(results_)));
    return error.empty() ? QString() : QString::fromStdString(error);
}

}  // namespace smip::ui
