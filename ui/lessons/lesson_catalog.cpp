#include "ui/lessons/lesson_catalog.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTableWidget>

#include "core/data/dataset_catalog.h"
#include "ui/adversarial/adversarial_page.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/charts/function_view.h"
#include "ui/charts/learning_chart.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/compare/compare_page.h"
#include "ui/compare/pareto_chart.h"
#include "ui/data/data_page.h"
#include "ui/main/app_state.h"
#include "ui/main/main_window.h"
#include "ui/perceptron/perceptron_form.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/train/train_page.h"

namespace smip::ui {

namespace {

// The translation context of every lesson text.
class Lessons {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

// Loads a generated dataset through the Data page (as its Generate button does).
void loadData(MainWindow& w, const char* source, int n, int d, std::uint64_t seed, double noise,
              const QString& origin) {
    DatasetSpec spec;
    spec.source = source;
    spec.n = n;
    spec.d = d;
    spec.seed = seed;
    spec.noise = noise;
    w.dataPage()->load(spec, origin);
}

bool dataIs(MainWindow& w, int n, int d) {
    const Dataset& data = w.state()->dataset();
    return data.samples() == n && data.features() == d && !w.dataPage()->isBusy();
}

// (a) Few kinks: ℓp with p < 1 against weight decay and ℓ1, seen as functions and replayed.
Lesson prunesMore() {
    Lesson l{Lessons::tr("Why ℓp with p < 1 prunes more than weight decay and ℓ1"), {}};
    LessonStep data{
        Lessons::tr("Data with a few kinks"),
        Lessons::tr(
            "These 12 points come from a ReLU network with only a few units: the curve through "
            "them bends at a few places. A network that explains them with few kinks is sparse."),
        [](MainWindow& w) {
            loadData(w, "kinks", 12, 1, 0, 0.0, Lessons::tr("Lesson: 12 points with a few kinks"));
        },
        [](MainWindow& w) -> QWidget* { return w.dataPage(); },
        [](MainWindow& w) { return dataIs(w, 12, 1); },
        [](MainWindow& w) { return dataIs(w, 12, 1); }};
    LessonStep train{
        Lessons::tr("Three regularizers from one start"),
        Lessons::tr(
            "Weight decay, ℓ1 and the ℓp path norm with p = 0.4 train the same 12-unit network "
            "from "
            "the same initial weights. The function view draws each fitted curve; the ticks mark "
            "its kinks."),
        [](MainWindow& w) {
            TrainPage* t = w.trainPage();
            t->setCheckedRegularizers({"wd", "l1", "p0.4"});
            t->setEpochs(30000);
            t->start();
        },
        [](MainWindow& w) -> QWidget* { return w.trainPage()->functionView(); },
        [](MainWindow& w) { return !w.trainPage()->isBusy(); },
        [](MainWindow& w) { return w.trainPage()->functionView()->curveKeys().size() == 3; }};
    LessonStep replay{
        Lessons::tr("Watch the units die"),
        Lessons::tr(
            "The replay runs the training again on screen. With p = 0.4 the nonzero count drops "
            "step by step as whole units are pruned; weight decay only shrinks weights and keeps "
            "them all."),
        [](MainWindow& w) {
            w.trainPage()->setReplaySeconds(8.0);
            w.trainPage()->replayButton()->click();
        },
        [](MainWindow& w) -> QWidget* { return w.trainPage()->nonzeroChart(); },
        {},
        [](MainWindow& w) { return w.trainPage()->nonzeroChart()->pointCount("p0.4") > 1; }};
    LessonStep result{
        Lessons::tr("The punch line"),
        Lessons::tr(
            "The table lists the nonzeros at the end: p = 0.4 fits the points with the fewest. "
            "|w|^p with p < 1 charges small weights relatively much (at p = 0.4 a weight of 0.1 "
            "costs 40 % of a weight of 1), so the cheapest way to lower it is to drop weights "
            "entirely — fewer kinks, a sparser network."),
        {},
        [](MainWindow& w) -> QWidget* { return w.trainPage()->resultsTable(); },
        {},
        [](MainWindow& w) { return w.trainPage()->resultsTable()->rowCount() == 3; }};
    l.steps = {data, train, replay, result};
    return l;
}

// (b) The gap between gradient training and the proven optimum (a preset where it is real).
Lesson howFar() {
    Lesson l{Lessons::tr("How far is gradient training from the provably sparsest network?"), {}};
    LessonStep data{
        Lessons::tr("Five random points in 3-D"),
        Lessons::tr(
            "Random data, N = 5 and d = 3, seed 0: a preset on which no regularizer reaches the "
            "sparsest network that fits (5 nonzeros; the best trained one needs 6)."),
        [](MainWindow& w) {
            loadData(w, "random", 5, 3, 0, 0.1, Lessons::tr("Lesson: random N=5, d=3, seed 0"));
        },
        [](MainWindow& w) -> QWidget* { return w.dataPage(); },
        [](MainWindow& w) { return dataIs(w, 5, 3); },
        [](MainWindow& w) { return dataIs(w, 5, 3); }};
    LessonStep pipeline{
        Lessons::tr("Train, then prove"),
        Lessons::tr(
            "The whole pipeline trains five regularizers, takes bounds and a start from the "
            "sparsest model that fits, and solves the MILP. The rank bound proves the optimum "
            "before CBC even branches."),
        [](MainWindow& w) {
            w.trainPage()->setCheckedRegularizers({"none", "wd", "p0.4", "p0.7", "p1.0"});
            w.trainPage()->setEpochs(100000);
            w.sparsestPage()->pageTabs()->setCurrentIndex(0);
            w.sparsestPage()->runPipeline();
        },
        [](MainWindow& w) -> QWidget* { return w.sparsestPage()->solverChart(); },
        [](MainWindow& w) { return !w.sparsestPage()->isBusy(); },
        [](MainWindow& w) {
            const auto& r = w.sparsestPage()->lastResult();
            return r.has_value() && r->hasNetwork;
        }};
    LessonStep compare{
        Lessons::tr("Every λ against the frontier"),
        Lessons::tr(
            "Now each regularizer runs over a sweep of λ. Each dot is a trained network; the black "
            "steps are the proven fewest nonzeros within each fit tolerance ε, and no dot can lie "
            "below them. Only the strongest λ brings p = 0.4 and p = 0.7 onto them, at a fit "
            "error of a few 10⁻⁴."),
        [](MainWindow& w) {
            ParetoConfig c;
            c.regularizers = {"p0.4", "p0.7", "p1.0", "wd", "l1"};
            c.lambdas = 6;
            c.epsilons = {0.0, 0.01, 0.1};
            c.train.epochs = 30000;
            c.timeLimitSeconds = 30;
            w.comparePage()->setConfig(c);
            w.comparePage()->run();
        },
        [](MainWindow& w) -> QWidget* { return w.comparePage()->chart(); },
        [](MainWindow& w) { return !w.comparePage()->isBusy(); },
        [](MainWindow& w) { return w.comparePage()->chart()->frontierPointCount() == 3; }};
    l.steps = {data, pipeline, compare};
    return l;
}

// (c) A digit classifier inside a MILP: exact distance against local NLP answers.
Lesson adversarial() {
    Lesson l{Lessons::tr("Exact MIP against local NLP on an adversarial digit"), {}};
    LessonStep train{
        Lessons::tr("A small digit classifier"),
        Lessons::tr(
            "A ReLU network (32 hidden units) learns the 8×8 digits. Its weights will be fixed "
            "inside an optimization problem."),
        [](MainWindow& w) {
            AdversarialPage* a = w.adversarialPage();
            a->setHiddenSizes("32");
            a->setEpochs(60);
            a->setSeed(1);
            a->startTraining();
        },
        [](MainWindow& w) -> QWidget* { return w.adversarialPage(); },
        [](MainWindow& w) {
            return w.adversarialPage()->hasModel() && !w.adversarialPage()->isBusy();
        },
        [](MainWindow& w) { return w.adversarialPage()->hasModel(); }};
    LessonStep attack{
        Lessons::tr("The smallest change that flips it"),
        Lessons::tr(
            "The exact MIP finds the smallest L1 change of the pixels that makes another class "
            "win, with a proof. The smooth formulations (Ipopt) are fast but local: each answer is "
            "re-checked on the real network."),
        [](MainWindow& w) {
            AdversarialPage* a = w.adversarialPage();
            a->pickRandomCorrect();
            a->setFormulations(true, true, true, false);
            a->setTimeLimit(30);
            a->solve();
        },
        [](MainWindow& w) -> QWidget* { return w.adversarialPage()->comparisonTable(); },
        [](MainWindow& w) { return !w.adversarialPage()->isBusy(); },
        [](MainWindow& w) { return w.adversarialPage()->comparisonTable()->rowCount() >= 3; }};
    LessonStep result{
        Lessons::tr("Proof against speed"),
        Lessons::tr(
            "Compare the distances: the MIP's is the true minimum (when proven), the local ones "
            "are upper bounds at best, and a local answer that does not flip the real network is "
            "marked invalid."),
        {},
        [](MainWindow& w) -> QWidget* { return w.adversarialPage()->comparisonTable(); },
        {},
        [](MainWindow& w) { return w.adversarialPage()->comparisonTable()->rowCount() >= 3; }};
    l.steps = {train, attack, result};
    return l;
}

// (d) Perceptron networks with and without the sparsity terms.
Lesson perceptronSparsity() {
    Lesson l{Lessons::tr("Sparsity terms in perceptron networks"), {}};
    const auto solveMoons = [](MainWindow& w, bool sparse) {
        PerceptronForm* f = w.perceptronPage()->form();
        f->setDatasetChoice("moons");
        f->setGeneratedSamples(60);
        f->setHidden(4);
        f->setSparsity(sparse, sparse, sparse);
        f->setTimeLimit(20);
        w.perceptronPage()->solve();
    };
    LessonStep plain{
        Lessons::tr("Four step units, no sparsity terms"),
        Lessons::tr(
            "A network of four step-function units is trained on the moons by MILP: the only "
            "goal is few training errors. Watch the incumbent's accuracy and size."),
        [solveMoons](MainWindow& w) { solveMoons(w, false); },
        [](MainWindow& w) -> QWidget* { return w.perceptronPage()->learningChart(); },
        [](MainWindow& w) { return !w.perceptronPage()->isBusy(); },
        [](MainWindow& w) { return w.perceptronPage()->learningChart()->pointCount() >= 1; }};
    LessonStep sparse{
        Lessons::tr("The same with weights, firings and units counted"),
        Lessons::tr("Now every nonzero weight, every firing and every used unit costs 0.1 in the "
                    "objective. The MILP trades them against errors: far fewer weights and units."),
        [solveMoons](MainWindow& w) { solveMoons(w, true); },
        [](MainWindow& w) -> QWidget* { return w.perceptronPage()->learningChart(); },
        [](MainWindow& w) { return !w.perceptronPage()->isBusy(); },
        [](MainWindow& w) { return w.perceptronPage()->learningChart()->pointCount() >= 1; }};
    l.steps = {plain, sparse};
    return l;
}

}  // namespace

std::vector<Lesson> lessonCatalog() {
    return {prunesMore(), howFar(), adversarial(), perceptronSparsity()};
}

}  // namespace smip::ui
