#include "ui/perceptron/perceptron_page.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/charts/learning_chart.h"
#include "ui/charts/scatter_plot.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/perceptron_solve_job.h"
#include "ui/perceptron/perceptron_form.h"
#include "ui/perceptron/perceptron_study_panel.h"
#include "ui/perceptron/weight_matrix_view.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

PerceptronPage::PerceptronPage(AppState* state, QWidget* parent) : QWidget(parent) {
    form_ = new PerceptronForm(state);
    controls_ = new SolveControls(tr("Solve"));
    chart_ = new SolverChart();
    controls_->addChart(chart_);
    study_ = new PerceptronStudyPanel(controls_, chart_);
    buildUi();
    connect(controls_, &SolveControls::tick, this, &PerceptronPage::onTick);
    connect(controls_, &SolveControls::startRequested, this, &PerceptronPage::solve);
    connect(controls_, &SolveControls::cancelRequested, this, &PerceptronPage::cancel);
    connect(study_, &PerceptronStudyPanel::runRequested, this, &PerceptronPage::runStudy);
}

PerceptronPage::~PerceptronPage() {
    controls_->stopPolling();
    job_.reset();  // requests stop and joins; the study panel's job goes with the panel
}

QWidget* PerceptronPage::buildFormColumn() {
    auto* left = new QVBoxLayout();
    left->addWidget(form_);
    left->addWidget(controls_);
    left->addWidget(study_->controlBox());
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);
    auto* column = new QWidget();
    column->setLayout(left);
    auto* scroll = new QScrollArea();  // small screens: the form scrolls instead of clipping
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(column->sizeHint().width() + 20);
    scroll->setMaximumWidth(380);
    return scroll;
}

void PerceptronPage::buildUi() {
    QWidget* formColumn = buildFormColumn();
    log_ = new QPlainTextEdit();
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(5000);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setPlaceholderText(tr("CBC's log appears here."));
    log_->setLineWrapMode(
        QPlainTextEdit::NoWrap);  // CBC's lines are tables: wrapping scrambles them
    results_ = new QLabel(tr("No result yet."));
    results_->setWordWrap(true);
    results_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    results_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    results_->setMinimumWidth(230);
    auto* resultBox = new QGroupBox(tr("Result"));
    auto* rl = new QVBoxLayout(resultBox);
    rl->addWidget(results_);
    rl->addStretch(1);

    scatter_ = new ScatterPlot();
    weights_ = new WeightMatrixView();
    tabs_ = new QTabWidget();
    tabs_->addTab(scatter_, tr("Decision regions"));
    tabs_->addTab(weights_, tr("Hidden weights"));
    tabs_->addTab(study_, tr("Study"));

    learning_ = new LearningChart();
    liveTabs_ = new QTabWidget();
    liveTabs_->addTab(learning_, tr("Incumbent network"));
    liveTabs_->addTab(log_, tr("CBC log"));
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(chart_);
    top->addWidget(liveTabs_);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({600, 400});  // proportions: the log's size hint alone leaves it a sliver
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(tabs_);
    bottom->addWidget(resultBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({700, 260});
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(top);
    right->addWidget(bottom);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    right->setSizes({400, 500});

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(formColumn);
    layout->addWidget(right, 1);
}

void PerceptronPage::runStudy() {
    if (isBusy()) return;
    Dataset data;
    QString error;
    if (!form_->chosenDataset(data, error)) {
        controls_->setStatus(error);
        return;
    }
    study_->start(data, form_->config());
    tabs_->setCurrentWidget(study_);
}

void PerceptronPage::cancel() {
    if (isSolving()) {
        job_->requestStop();
        controls_->setStatus(tr("Cancelling…"));
    }
    study_->cancel();
}

bool PerceptronPage::isSolving() const {
    return job_ && job_->isRunning();
}
bool PerceptronPage::isBusy() const {
    return isSolving() || study_->isRunning();
}
QString PerceptronPage::statusText() const {
    return controls_->statusText();
}

FormState PerceptronPage::formState() const {
    return form_->formState().add("study_repeats", study_->repeatsBox());
}

}  // namespace smip::ui
