#include "ui/adversarial/adversarial_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/data/dataset_catalog.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/adversarial/digit_view.h"
#include "ui/adversarial/probability_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/attack_comparison_job.h"
#include "ui/jobs/mlp_training_job.h"
#include "ui/main/app_state.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

AdversarialPage::AdversarialPage(AppState* state, QWidget* parent)
    : QWidget(parent), state_(state), rng_(0) {
    buildUi();
    // The form starts at core's AttackConfig (the notebook's four formulations, LP tightening,
    // margin 0.01), with 30 s per formulation instead of 120: a class should not wait 2 minutes.
    AttackConfig defaults;
    defaults.timeLimitSeconds = 30;
    setConfig(defaults);
    connect(controls_, &SolveControls::tick, this, &AdversarialPage::onTick);
    // The page always works on the bundled digits (8×8 images), whatever the Data page holds.
    DatasetSpec spec;
    spec.source = "digits";
    std::string error;
    if (!resolveDataset(spec, digits_, error))
        setStatus(tr("Cannot load the bundled digits: %1").arg(QString::fromStdString(error)),
                  true);
    QString splitError;
    if (digits_.samples() > 0 && !ensureSplit(&splitError)) setStatus(splitError, true);
    updateSample();
    updateButtons();
}

AdversarialPage::~AdversarialPage() {
    // Stop everything, then wait: the workers capture values only, but joining here means no
    // thread or child process outlives the page (the comparison stops its CBC workers, killing
    // them after a grace period). No callbacks into a half-destroyed page.
    controls_->stopPolling();
    for (QObject* job :
         {static_cast<QObject*>(attackJob_.get()), static_cast<QObject*>(trainJob_.get())})
        if (job) job->disconnect(this);
    if (attackJob_) attackJob_->requestStop();
    if (trainJob_) trainJob_->requestStop();
    attackJob_.reset();
    trainJob_.reset();
}

void AdversarialPage::buildUi() {
    auto* scroll = new QScrollArea();
    scroll->setWidget(buildControls());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(scroll->widget()->sizeHint().width() + 16);
    scroll->setMaximumWidth(400);

    original_ = new DigitView();
    original_->setCaption(tr("Original x₀"));
    original_->setPlaceholder(tr("No sample"));
    perturbed_ = new DigitView();
    perturbed_->setCaption(tr("Perturbed x"));
    perturbed_->setPlaceholder(tr("Solve to see the perturbed image"));
    delta_ = new DigitView();
    delta_->setMode(DigitView::Mode::Signed);
    delta_->setCaption(tr("Perturbation x − x₀"));
    delta_->setPlaceholder(tr("Blue: less ink, red: more ink"));
    probabilities_ = new ProbabilityView();
    probabilities_->setNames(tr("before (x₀)"), tr("after (x)"));
    auto* images = new QWidget();
    auto* il = new QHBoxLayout(images);
    il->setContentsMargins(0, 0, 0, 0);
    il->addWidget(original_, 2);
    il->addWidget(perturbed_, 2);
    il->addWidget(delta_, 2);
    il->addWidget(probabilities_, 4);

    solverChart_ = new SolverChart();
    controls_->addChart(solverChart_);
    solverChart_->chart()->setLabels(tr("Exact MIP (CBC)"), tr("seconds"), tr("L1 distance"));
    localChart_ = new LiveLineChart();
    localChart_->setLabels(tr("Local (Ipopt)"), tr("iteration"), tr("surrogate objective"));
    trainChart_ = new LiveLineChart();
    trainChart_->setLabels(tr("Training"), tr("epoch"), tr("loss / accuracy"));
    trainChart_->addSeries("loss", tr("Loss"), QColor(214, 39, 40));
    trainChart_->addSeries("train", tr("Train accuracy"), QColor(31, 119, 180));
    trainChart_->addSeries("test", tr("Test accuracy"), QColor(44, 160, 44));
    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(solverChart_);
    charts->addWidget(localChart_);
    charts->setChildrenCollapsible(false);
    charts->setSizes({500, 500});
    // Training matters before an attack, the solver charts during one: tabs keep both large and
    // the page usable on a 1280-pixel screen; starting either switches to its tab.
    chartTabs_ = new QTabWidget();
    chartTabs_->addTab(charts, tr("Attack solvers"));
    chartTabs_->addTab(trainChart_, tr("Training"));

    table_ = new ComparisonTable();
    connect(table_, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showOutcome(row); });

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(images);
    right->addWidget(chartTabs_);
    right->addWidget(table_);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setStretchFactor(2, 0);
    right->setChildrenCollapsible(false);
    // Images at their natural size, the table tall enough for the four formulations.
    images->setMinimumHeight(200);
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                             4 * table_->verticalHeader()->defaultSectionSize() + 6);
    right->setSizes({230, 440, 160});

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);
}

QWidget* AdversarialPage::buildControls() {
    // Classifier.
    auto* note =
        new QLabel(tr("Uses the bundled digits (1,797 8×8 images, 80/20 split by the "
                      "seed), independent of the dataset on the Data page."));
    note->setWordWrap(true);
    hidden_ = new QLineEdit(QStringLiteral("32,16"));
    hidden_->setToolTip(tr("Hidden layer sizes, comma-separated (e.g. 32,16)."));
    epochs_ = new QSpinBox();
    epochs_->setRange(1, 10000);
    epochs_->setValue(30);
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000);
    seed_->setToolTip(tr("Seeds the initialization, the batch order and the train/test split."));
    train_ = new QPushButton(tr("Train"));
    stopTrain_ = new QPushButton(tr("Stop"));
    load_ = new QPushButton(tr("Load…"));
    save_ = new QPushButton(tr("Save…"));
    modelInfo_ = new QLabel(tr("No classifier yet: train one or load a JSON file."));
    modelInfo_->setWordWrap(true);
    auto* modelBox = new QGroupBox(tr("Classifier"));
    auto* mf = new QFormLayout(modelBox);
    mf->addRow(note);
    mf->addRow(tr("Hidden sizes:"), hidden_);
    mf->addRow(tr("Epochs:"), epochs_);
    mf->addRow(tr("Seed:"), seed_);
    auto* tb = new QHBoxLayout();
    tb->addWidget(train_);
    tb->addWidget(stopTrain_);
    tb->addWidget(load_);
    tb->addWidget(save_);
    mf->addRow(tb);
    mf->addRow(modelInfo_);

    // Sample.
    sample_ = new QSpinBox();
    sample_->setRange(0, 0);
    random_ = new QPushButton(tr("Random correctly classified"));
    sampleInfo_ = new QLabel();
    sampleInfo_->setWordWrap(true);
    auto* sampleBox = new QGroupBox(tr("Test image"));
    auto* sf = new QFormLayout(sampleBox);
    sf->addRow(tr("Index in test split:"), sample_);
    sf->addRow(random_);
    sf->addRow(sampleInfo_);

    // Attack.
    query_ = new QComboBox();
    query_->addItem(tr("Any other class wins"), int(AttackQueryKind::AnyOther));
    query_->addItem(tr("Target class wins"), int(AttackQueryKind::Target));
    query_->addItem(tr("Every other class exceeds the true one"), int(AttackQueryKind::AllOthers));
    target_ = new QSpinBox();
    target_->setRange(0, 9);
    target_->setEnabled(false);
    margin_ = new QDoubleSpinBox();
    margin_->setDecimals(3);
    margin_->setRange(0.0, 10.0);
    margin_->setSingleStep(0.01);
    margin_->setToolTip(tr("The winning logit(s) must exceed the true class's by this much."));
    tightening_ = new QComboBox();
    tightening_->addItem(tr("None (one global big-M)"), int(BoundTightening::None));
    tightening_->addItem(tr("Interval arithmetic"), int(BoundTightening::Interval));
    tightening_->addItem(tr("LP tightening"), int(BoundTightening::Lp));
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(1, 86400);
    timeLimit_->setSuffix(tr(" s"));
    timeLimit_->setToolTip(tr("Per formulation, wall clock."));
    useMip_ = new QCheckBox(tr("Exact MIP (CBC)"));
    useSqrt_ = new QCheckBox(tr("sqrt-ReLU (Ipopt)"));
    useSoft1_ = new QCheckBox(tr("softplus β ="));
    useSoft2_ = new QCheckBox(tr("softplus β ="));
    beta1_ = new QDoubleSpinBox();
    beta2_ = new QDoubleSpinBox();
    for (auto* b : {beta1_, beta2_}) {
        b->setRange(0.01, 1000.0);
        b->setDecimals(2);
    }
    auto* attackBox = new QGroupBox(tr("Attack"));
    auto* af = new QFormLayout(attackBox);
    af->addRow(tr("Query:"), query_);
    af->addRow(tr("Target class:"), target_);
    af->addRow(tr("Margin:"), margin_);
    af->addRow(tr("Tightening:"), tightening_);
    af->addRow(tr("Time limit:"), timeLimit_);
    af->addRow(useMip_);
    af->addRow(useSqrt_);
    af->addRow(useSoft1_, beta1_);
    af->addRow(useSoft2_, beta2_);

    controls_ = new SolveControls(tr("Solve"));
    controls_->disableWhileBusy(sample_);

    auto* controls = new QWidget();
    auto* left = new QVBoxLayout(controls);
    left->addWidget(modelBox);
    left->addWidget(sampleBox);
    left->addWidget(attackBox);
    left->addWidget(controls_);
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);

    connect(train_, &QPushButton::clicked, this, &AdversarialPage::startTraining);
    connect(stopTrain_, &QPushButton::clicked, this, &AdversarialPage::stopTraining);
    connect(load_, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(this, tr("Load classifier"),
                                                          settings.value("lastFolder").toString(),
                                                          tr("Classifier JSON (*.json)"));
        if (path.isEmpty()) return;
        settings.setValue("lastFolder", QFileInfo(path).absolutePath());
        const QString error = loadModel(path);
        if (!error.isEmpty()) showError(tr("Load classifier"), error);
    });
    connect(save_, &QPushButton::clicked, this, [this] {
        QSettings settings;
        QString path = QFileDialog::getSaveFileName(this, tr("Save classifier"),
                                                    settings.value("lastFolder").toString(),
                                                    tr("Classifier JSON (*.json)"));
        if (path.isEmpty()) return;
        if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
        settings.setValue("lastFolder", QFileInfo(path).absolutePath());
        const QString error = saveModel(path);
        if (!error.isEmpty()) showError(tr("Save classifier"), error);
    });
    connect(sample_, &QSpinBox::valueChanged, this, [this] { updateSample(); });
    connect(seed_, &QSpinBox::valueChanged, this, [this] {
        QString error;
        if (!ensureSplit(&error)) setStatus(error, true);
        updateSample();
    });
    connect(random_, &QPushButton::clicked, this, [this] {
        if (!pickRandomCorrect()) setStatus(tr("Train or load a classifier first."), true);
    });
    connect(query_, &QComboBox::currentIndexChanged, this, [this] {
        target_->setEnabled(query_->currentData().toInt() == int(AttackQueryKind::Target));
    });
    connect(controls_, &SolveControls::startRequested, this, &AdversarialPage::solve);
    connect(controls_, &SolveControls::cancelRequested, this, &AdversarialPage::cancel);
    return controls;
}

void AdversarialPage::setHiddenSizes(const QString& text) {
    hidden_->setText(text);
}
void AdversarialPage::setEpochs(int epochs) {
    epochs_->setValue(epochs);
}
void AdversarialPage::setSeed(int seed) {
    seed_->setValue(seed);
}
void AdversarialPage::setSampleIndex(int index) {
    sample_->setValue(index);
}
int AdversarialPage::sampleIndex() const {
    return sample_->value();
}

void AdversarialPage::setQuery(const AttackQuery& query) {
    query_->setCurrentIndex(query_->findData(int(query.kind)));
    if (query.targetClass >= 0) target_->setValue(query.targetClass);
    margin_->setValue(query.margin);
}

void AdversarialPage::setTightening(BoundTightening mode) {
    tightening_->setCurrentIndex(tightening_->findData(int(mode)));
}

void AdversarialPage::setTimeLimit(double seconds) {
    timeLimit_->setValue(seconds);
}

void AdversarialPage::setFormulations(bool mip, bool sqrtRelu, bool softplus1, bool softplus2) {
    useMip_->setChecked(mip);
    useSqrt_->setChecked(sqrtRelu);
    useSoft1_->setChecked(softplus1);
    useSoft2_->setChecked(softplus2);
}

void AdversarialPage::setSoftplusBetas(double beta1, double beta2) {
    beta1_->setValue(beta1);
    beta2_->setValue(beta2);
}

AttackQuery AdversarialPage::queryFromForm() const {
    AttackQuery q;
    q.kind = static_cast<AttackQueryKind>(query_->currentData().toInt());
    q.targetClass = q.kind == AttackQueryKind::Target ? target_->value() : -1;
    q.margin = margin_->value();
    return q;
}

void AdversarialPage::updateButtons() {
    const bool training = isTraining();
    const bool solving = isSolving();
    train_->setEnabled(!training && !solving);
    stopTrain_->setEnabled(training);
    load_->setEnabled(!training && !solving);
    save_->setEnabled(model_.has_value() && !training);
    hidden_->setEnabled(!training);
    epochs_->setEnabled(!training);
    seed_->setEnabled(!training && !solving);
    random_->setEnabled(model_.has_value() && !solving);
    // Solve, Cancel and the sample index.
    controls_->setBusy(solving, model_.has_value() && !training);
}

void AdversarialPage::setStatus(const QString& text, bool error) {
    controls_->setStatus(text, error);
}

QString AdversarialPage::statusText() const {
    return controls_->statusText();
}

void AdversarialPage::showError(const QString& title, const QString& text) {
    setStatus(text, true);
    if (interactive_) QMessageBox::warning(this, title, text);
}

FormState AdversarialPage::formState() const {
    return {{"hidden", hidden_},          {"epochs", epochs_},         {"seed", seed_},
            {"sample", sample_},          {"query", query_},           {"target", target_},
            {"margin", margin_},          {"tightening", tightening_}, {"time_limit", timeLimit_},
            {"use_mip", useMip_},         {"use_sqrt_relu", useSqrt_}, {"use_softplus1", useSoft1_},
            {"use_softplus2", useSoft2_}, {"beta1", beta1_},           {"beta2", beta2_}};
}

}  // namespace smip::ui
