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
#include "ui/adversarial/classifier_panel.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/adversarial/digit_view.h"
#include "ui/adversarial/probability_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/attack_comparison_job.h"
#include "ui/main/app_state.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
constexpr int kDigitSide = 8;

QVector<double> toQVector(const Eigen::VectorXd& v) {
    return QVector<double>(v.data(), v.data() + v.size());
}
}  // namespace

Eigen::VectorXd AdversarialPage::testImage(int index) const {
    const MlpDataSplit& split = *classifier_->split();
    return classifier_->digits().X.row(split.testIndices(index)).transpose();
}

AdversarialPage::AdversarialPage(AppState* state, QWidget* parent)
    : QWidget(parent), state_(state), rng_(0) {
    buildUi();
    // The form starts at core's AttackConfig (the notebook's four formulations, LP tightening,
    // margin 0.01), with 30 s per formulation instead of 120: a class should not wait 2 minutes.
    AttackConfig defaults;
    defaults.timeLimitSeconds = 30;
    setConfig(defaults);
    connect(controls_, &SolveControls::tick, this, &AdversarialPage::onTick);
    updateSample();
    updateButtons();
}

AdversarialPage::~AdversarialPage() {
    // Stop everything, then wait: the workers capture values only, but joining here means no
    // thread or child process outlives the page (the comparison stops its CBC workers, killing
    // them after a grace period). No callbacks into a half-destroyed page.
    controls_->stopPolling();
    if (attackJob_) {
        attackJob_->disconnect(this);
        attackJob_->requestStop();
    }
    attackJob_.reset();  // the classifier panel joins its training itself
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
    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(solverChart_);
    charts->addWidget(localChart_);
    charts->setChildrenCollapsible(false);
    charts->setSizes({500, 500});
    // Training matters before an attack, the solver charts during one: tabs keep both large and
    // the page usable on a 1280-pixel screen; starting either switches to its tab.
    chartTabs_ = new QTabWidget();
    chartTabs_->addTab(charts, tr("Attack solvers"));
    chartTabs_->addTab(classifier_->trainingChart(), tr("Training"));

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
    classifier_ = new ClassifierPanel();
    connect(classifier_, &ClassifierPanel::status, this, &AdversarialPage::setStatus);
    connect(classifier_, &ClassifierPanel::modelChanged, this, [this] {
        updateSample();
        updateButtons();
    });
    connect(classifier_, &ClassifierPanel::trainingStarted, this, [this] {
        chartTabs_->setCurrentWidget(classifier_->trainingChart());
        controls_->startPolling();
        updateButtons();
    });
    connect(classifier_, &ClassifierPanel::trainingFinished, this, [this] {
        updateButtons();
        emit trainingFinished();
    });

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
    left->addWidget(classifier_);
    left->addWidget(sampleBox);
    left->addWidget(attackBox);
    left->addWidget(controls_);
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);

    connect(sample_, &QSpinBox::valueChanged, this, [this] { updateSample(); });
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

void AdversarialPage::startTraining() {
    if (!isSolving()) classifier_->startTraining();
}
void AdversarialPage::stopTraining() {
    classifier_->stopTraining();
}
bool AdversarialPage::isTraining() const {
    return classifier_->isTraining();
}
QString AdversarialPage::loadModel(const QString& path) {
    return classifier_->loadModel(path);
}
QString AdversarialPage::saveModel(const QString& path) {
    return classifier_->saveModel(path);
}
QString AdversarialPage::exportOnnxModel(const QString& path) {
    return classifier_->exportOnnxModel(path);
}
const MlpClassifier* AdversarialPage::model() const {
    return classifier_->model();
}
LiveLineChart* AdversarialPage::trainingChart() const {
    return classifier_->trainingChart();
}
void AdversarialPage::setHiddenSizes(const QString& text) {
    classifier_->setHiddenSizes(text);
}
void AdversarialPage::setEpochs(int epochs) {
    classifier_->setEpochs(epochs);
}
void AdversarialPage::setSeed(int seed) {
    classifier_->setSeed(seed);
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
    classifier_->setSolving(solving);
    random_->setEnabled(hasModel() && !solving);
    // Solve, Cancel and the sample index.
    controls_->setBusy(solving, hasModel() && !training);
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
    // The classifier's fields first: restoring its seed rebuilds the split the sample indexes.
    FormState state = classifier_->formState();
    for (const auto& [key, widget] :
         std::initializer_list<std::pair<const char*, QWidget*>>{{"sample", sample_},
                                                                 {"query", query_},
                                                                 {"target", target_},
                                                                 {"margin", margin_},
                                                                 {"tightening", tightening_},
                                                                 {"time_limit", timeLimit_},
                                                                 {"use_mip", useMip_},
                                                                 {"use_sqrt_relu", useSqrt_},
                                                                 {"use_softplus1", useSoft1_},
                                                                 {"use_softplus2", useSoft2_},
                                                                 {"beta1", beta1_},
                                                                 {"beta2", beta2_}})
        state.add(key, widget);
    return state;
}

bool AdversarialPage::pickRandomCorrect() {
    const MlpClassifier* model = classifier_->model();
    const MlpDataSplit* split = classifier_->split();
    if (!model || !split) return false;
    std::vector<int> correct;
    for (int i = 0; i < split->testIndices.size(); ++i) {
        const Eigen::VectorXd raw = testImage(i);
        if (model->predict(model->scaleInput(raw)) == split->ytest(i)) correct.push_back(i);
    }
    if (correct.empty()) return false;
    std::uniform_int_distribution<std::size_t> pick(0, correct.size() - 1);
    sample_->setValue(correct[pick(rng_)]);
    return true;
}

void AdversarialPage::updateSample() {
    const MlpClassifier* model = classifier_->model();
    const MlpDataSplit* split = classifier_->split();
    if (!split) {
        sample_->setRange(0, 0);
        original_->clear();
        sampleInfo_->setText(tr("No digits available."));
        return;
    }
    {
        const QSignalBlocker block(sample_);
        sample_->setRange(0, int(split->testIndices.size()) - 1);
    }
    const int i = sample_->value();
    const int label = split->ytest(i);
    const Eigen::VectorXd raw = testImage(i);
    const Eigen::VectorXd x0 =
        model ? model->scaleInput(raw) : Eigen::VectorXd(split->Xtest.row(i));
    original_->setImage(toQVector(x0), kDigitSide, kDigitSide);
    original_->setCaption(tr("Original x₀ (label %1)").arg(label));
    if (isSolving()) return;  // the comparison still shows the run's own sample
    perturbed_->clear();
    delta_->clear();
    if (!model) {
        probabilities_->clear();
        sampleInfo_->setText(
            tr("Label %1 (dataset row %2).").arg(label).arg(split->testIndices(i)));
        return;
    }
    const Eigen::VectorXd z = model->logits(x0);
    const Eigen::VectorXd p = (z.array() - z.maxCoeff()).exp();
    const int predicted = model->predict(x0);
    probabilities_->setProbabilities(toQVector(p / p.sum()), {}, label, -1);
    sampleInfo_->setText(
        predicted == label
            ? tr("Label %1, predicted %2: correct (dataset row %3).")
                  .arg(label)
                  .arg(predicted)
                  .arg(split->testIndices(i))
            : tr("Label %1, predicted %2: misclassified, pick another sample to attack.")
                  .arg(label)
                  .arg(predicted));
}

}  // namespace smip::ui
