#include "ui/perceptron/perceptron_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/charts/scatter_plot.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/milp_process_job.h"
#include "ui/main/app_state.h"
#include "ui/perceptron/perceptron_study_job.h"
#include "ui/perceptron/weight_matrix_view.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
const char* const kCatalog[] = {"wine",   "breast_cancer", "iris", "corner",
                                "spiral", "xor",           "moons"};
}  // namespace

PerceptronPage::PerceptronPage(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    buildUi();
    connect(controls_, &SolveControls::tick, this, &PerceptronPage::onTick);
    connect(&prepare_, &QFutureWatcher<Prepared>::finished, this, &PerceptronPage::onPrepared);
    connect(&finish_, &QFutureWatcher<Finished>::finished, this, &PerceptronPage::onResultReady);
    connect(state_, &AppState::datasetChanged, this, [this] {
        if (dataset_->currentData().toString() == QLatin1String("current")) updateSizeEstimate();
    });
    updateSizeEstimate();
}

PerceptronPage::~PerceptronPage() {
    controls_->stopPolling();
    // Members die in reverse order anyway; stopping explicitly documents the contract: the
    // process is killed (MilpProcessJob's destructor) and the study thread is stopped + joined.
    if (studyJob_) studyJob_->requestStop();
    studyJob_.reset();
    job_.reset();
}

QWidget* PerceptronPage::buildForm() {
    dataset_ = new QComboBox();
    dataset_->addItem(tr("Current dataset (Data page)"), QStringLiteral("current"));
    for (const char* name : kCatalog)
        dataset_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    dataset_->setCurrentIndex(dataset_->findData(QStringLiteral("xor")));
    samples_ = new QSpinBox();
    samples_->setRange(4, 5000);
    samples_->setValue(100);
    samples_->setToolTip(tr("Samples of a generated 2-D shape (corner, spiral, xor, moons)."));
    trainFraction_ = new QDoubleSpinBox();
    trainFraction_->setRange(0.05, 1.0);
    trainFraction_->setSingleStep(0.05);
    trainFraction_->setValue(0.5);
    trainFraction_->setToolTip(
        tr("Stratified, seeded split; 1 trains on everything (no test set)."));
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000);
    seed_->setValue(1);
    maxTrain_ = new QSpinBox();
    maxTrain_->setRange(0, 100000);
    maxTrain_->setSpecialValueText(tr("all"));
    maxTrain_->setToolTip(
        tr("Stratified subsample of the training part: the MILP grows with every "
           "sample."));
    auto* dataBox = new QGroupBox(tr("Data"));
    auto* df = new QFormLayout(dataBox);
    df->addRow(tr("Dataset:"), dataset_);
    df->addRow(tr("Samples (shapes):"), samples_);
    df->addRow(tr("Train fraction:"), trainFraction_);
    df->addRow(tr("Max training samples:"), maxTrain_);
    df->addRow(tr("Seed:"), seed_);

    hidden_ = new QSpinBox();
    hidden_->setRange(1, 64);
    hidden_->setValue(8);
    auto factor = [] {
        auto* f = new QDoubleSpinBox();
        f->setRange(0.0, 100.0);
        f->setDecimals(3);
        f->setSingleStep(0.05);
        f->setValue(0.1);
        return f;
    };
    flagWeights_ = new QCheckBox(tr("Weights"));
    flagActivations_ = new QCheckBox(tr("Activations"));
    flagNeurons_ = new QCheckBox(tr("Neurons"));
    flagWeights_->setToolTip(tr("Count nonzero hidden weights (one binary per weight)."));
    flagActivations_->setToolTip(tr("Count hidden firings over the training samples."));
    flagNeurons_->setToolTip(tr("A kill switch per hidden unit; count the used units."));
    factorWeights_ = factor();
    factorActivations_ = factor();
    factorNeurons_ = factor();
    maxWeights_ = new QSpinBox();
    maxWeights_->setRange(0, 100000);
    maxWeights_->setSpecialValueText(tr("none"));
    maxWeights_->setToolTip(
        tr("Cap N_max on the nonzero hidden weights (needs the weights term)."));
    integer_ = new QCheckBox(tr("Integer network"));
    integer_->setToolTip(tr("Inputs round(10·x in [0,1]), integer weights and biases."));
    nonnegative_ = new QCheckBox(tr("Non-negative weights"));
    nonnegative_->setToolTip(tr("Hidden weights ≥ 0: each unit selects features."));
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(1, 86400);
    timeLimit_->setValue(30);
    timeLimit_->setSuffix(tr(" s"));
    auto* netBox = new QGroupBox(tr("Network and sparsity"));
    auto* nf = new QFormLayout(netBox);
    nf->addRow(tr("Hidden units:"), hidden_);
    auto* flags = new QGridLayout();
    flags->addWidget(new QLabel(tr("Penalize")), 0, 0);
    flags->addWidget(new QLabel(tr("factor")), 0, 1);
    flags->addWidget(flagWeights_, 1, 0);
    flags->addWidget(factorWeights_, 1, 1);
    flags->addWidget(flagActivations_, 2, 0);
    flags->addWidget(factorActivations_, 2, 1);
    flags->addWidget(flagNeurons_, 3, 0);
    flags->addWidget(factorNeurons_, 3, 1);
    nf->addRow(flags);
    nf->addRow(tr("Weight cap N_max:"), maxWeights_);
    nf->addRow(integer_);
    nf->addRow(nonnegative_);
    nf->addRow(tr("Time limit:"), timeLimit_);
    size_ = new QLabel();
    size_->setWordWrap(true);
    nf->addRow(size_);

    controls_ = new SolveControls(tr("Solve"));

    repeats_ = new QSpinBox();
    repeats_->setRange(1, 1000);
    repeats_->setValue(10);
    repeats_->setToolTip(tr("Seeded splits per variant (the paper uses 10)."));
    studyButton_ = new QPushButton(tr("Study"));
    studyButton_->setToolTip(
        tr("Table 3 of the paper: every flag combination, the integer network and a "
           "gradient-trained baseline over repeated splits (uses the weights "
           "factor for every term)."));
    export_ = new QPushButton(tr("Export CSV…"));
    export_->setEnabled(false);
    auto* studyBox = new QGroupBox(tr("Sparsity study"));
    auto* sl = new QGridLayout(studyBox);
    sl->addWidget(new QLabel(tr("Repeats:")), 0, 0);
    sl->addWidget(repeats_, 0, 1);
    sl->addWidget(studyButton_, 1, 0);
    sl->addWidget(export_, 1, 1);

    controls_->disableWhileBusy(studyButton_);
    connect(controls_, &SolveControls::busyChanged, this, [this](bool busy) {
        export_->setEnabled(!busy && study_.has_value() && !study_->rows.empty());
    });

    auto* left = new QVBoxLayout();
    left->addWidget(dataBox);
    left->addWidget(netBox);
    left->addWidget(controls_);
    left->addWidget(studyBox);
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);
    auto* form = new QWidget();
    form->setLayout(left);
    auto* scroll = new QScrollArea();  // small screens: the form scrolls instead of clipping
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(form->sizeHint().width() + 20);
    scroll->setMaximumWidth(380);

    connect(controls_, &SolveControls::startRequested, this, &PerceptronPage::solve);
    connect(controls_, &SolveControls::cancelRequested, this, &PerceptronPage::cancel);
    connect(studyButton_, &QPushButton::clicked, this, &PerceptronPage::runStudy);
    connect(export_, &QPushButton::clicked, this, &PerceptronPage::exportStudyInteractive);
    connect(dataset_, &QComboBox::currentIndexChanged, this, &PerceptronPage::updateSizeEstimate);
    for (QSpinBox* s : {samples_, seed_, maxTrain_, hidden_, maxWeights_})
        connect(s, &QSpinBox::valueChanged, this, &PerceptronPage::updateSizeEstimate);
    connect(trainFraction_, &QDoubleSpinBox::valueChanged, this,
            &PerceptronPage::updateSizeEstimate);
    for (QCheckBox* c : {flagWeights_, flagActivations_, flagNeurons_, integer_, nonnegative_})
        connect(c, &QCheckBox::toggled, this, &PerceptronPage::updateSizeEstimate);
    return scroll;
}

void PerceptronPage::buildUi() {
    QWidget* form = buildForm();
    chart_ = new SolverChart();
    controls_->addChart(chart_);
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
    table_ = new QTableWidget(0, 9);
    table_->setHorizontalHeaderLabels({tr("Variant"), tr("Test accuracy"), tr("Train acc."),
                                       tr("#weights"), tr("#activations"), tr("#neurons"),
                                       tr("Seconds"), tr("Proven"), tr("Verified")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    studyNote_ =
        new QLabel(tr("Press Study to run the sparsity table (Rosenhahn 2023, Table 3): "
                      "variant = flags weights/activations/neurons."));
    studyNote_->setWordWrap(true);
    auto* studyTab = new QWidget();
    auto* st = new QVBoxLayout(studyTab);
    st->addWidget(studyNote_);
    st->addWidget(table_, 1);
    tabs_ = new QTabWidget();
    tabs_->addTab(scatter_, tr("Decision regions"));
    tabs_->addTab(weights_, tr("Hidden weights"));
    tabs_->addTab(studyTab, tr("Study"));

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(chart_);
    top->addWidget(log_);
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
    layout->addWidget(form);
    layout->addWidget(right, 1);
}

void PerceptronPage::setDatasetChoice(const QString& name) {
    const int i = dataset_->findData(name);
    if (i >= 0) dataset_->setCurrentIndex(i);
}
void PerceptronPage::setGeneratedSamples(int n) {
    samples_->setValue(n);
}
void PerceptronPage::setHidden(int hidden) {
    hidden_->setValue(hidden);
}
void PerceptronPage::setSparsity(bool weights, bool activations, bool neurons) {
    flagWeights_->setChecked(weights);
    flagActivations_->setChecked(activations);
    flagNeurons_->setChecked(neurons);
}
void PerceptronPage::setTimeLimit(double seconds) {
    timeLimit_->setValue(seconds);
}
void PerceptronPage::setTrainFraction(double fraction) {
    trainFraction_->setValue(fraction);
}
void PerceptronPage::setStudyRepeats(int repeats) {
    repeats_->setValue(repeats);
}
QString PerceptronPage::statusText() const {
    return controls_->statusText();
}
QString PerceptronPage::sizeText() const {
    return size_->text();
}

bool PerceptronPage::isSolving() const {
    return job_ && job_->isRunning();
}
bool PerceptronPage::isStudyRunning() const {
    return studyJob_ && studyJob_->isRunning();
}
bool PerceptronPage::isBusy() const {
    return prepare_.isRunning() || isSolving() || finish_.isRunning() || isStudyRunning();
}

FormState PerceptronPage::formState() const {
    return {{"dataset", dataset_},
            {"samples", samples_},
            {"train_fraction", trainFraction_},
            {"seed", seed_},
            {"max_train", maxTrain_},
            {"hidden", hidden_},
            {"sparse_weights", flagWeights_},
            {"sparse_activations", flagActivations_},
            {"sparse_neurons", flagNeurons_},
            {"factor_weights", factorWeights_},
            {"factor_activations", factorActivations_},
            {"factor_neurons", factorNeurons_},
            {"max_weights", maxWeights_},
            {"integer", integer_},
            {"nonnegative", nonnegative_},
            {"time_limit", timeLimit_},
            {"study_repeats", repeats_}};
}

}  // namespace smip::ui
