// sparsemip-studio: the GUI. Starts on the bundled default data (the sparse-ReLU package's `random`
// set, N=7, d=5) so a first-time user can press Start on the Train page right away.
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QPushButton>
#include <QTimer>
#include <cstdio>

#include <QTabWidget>
#include "ui/compare/compare_page.h"
#include "ui/data/data_page.h"
#include "ui/i18n/language.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main/app_state.h"
#include "ui/main/main_window.h"
#include "ui/main/presentation.h"
#include "ui/miptrain/mip_train_page.h"
#include "ui/perceptron/perceptron_form.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/sweep/sweep_study_view.h"
#include "ui/train/train_page.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("SparseMIP");
    QApplication::setApplicationName("SparseMIP Studio");
    QApplication::setApplicationVersion("0.1.0");

    QCommandLineParser parser;
    parser.setApplicationDescription("SparseMIP Studio");
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption lang("lang", "Language code (en, de); default: system or saved choice.",
                            "code");
    QCommandLineOption dataset("dataset", "Dataset to start with (generator, bundled or CSV).",
                               "name", "random");
    QCommandLineOption tab("tab", "Tab index to show first.", "index");
    QCommandLineOption zoom("zoom", "Text and chart zoom for this run (e.g. 1.5), not stored.",
                            "factor");
    QCommandLineOption theme("theme", "Palette for this run: system, light or dark, not stored.",
                             "name");
    QCommandLineOption mseBand("mse-band", "Draw the Train page's MSE chart as a band (min–max).");
    QCommandLineOption lesson("lesson",
                              "Open lesson N (1-4) of the Lessons menu at its first step.", "N");
    QCommandLineOption lessonStep(
        "lesson-step", "With --lesson: go on to step K as each step's run finishes.", "K", "1");
    QCommandLineOption compare("compare",
                               "Run the Compare page (regularization paths and the exact frontier) "
                               "on the dataset once it is loaded.");
    QCommandLineOption study(
        "study", "Show the Sparsest page's Study view on the results stored in DIR.", "dir");
    QCommandLineOption mipTrain("miptrain",
                                "Start MIP training (parity5, 5-5-2, full MIP) on the MIP training "
                                "page, e.g. for a live demonstration.");
    QCommandLineOption mipMethod("miptrain-method",
                                 "Method for --miptrain: full, layerwise, hybrid or lagrangian.",
                                 "method", "full");
    QCommandLineOption perceptron("perceptron",
                                  "Solve the perceptron MILP (its page's dataset choice) after "
                                  "loading.");
    QCommandLineOption screenshot("screenshot", "Save a screenshot of the window and quit.",
                                  "file.png");
    QCommandLineOption delay("screenshot-delay", "Milliseconds before the screenshot.", "ms",
                             "1500");
    QCommandLineOption train("train", "Start training right after loading (demo mode).");
    QCommandLineOption pipeline(
        "pipeline", "Run the whole pipeline (train, then sparsest MILP) after loading.");
    QCommandLineOption sparsest("sparsest",
                                "Solve the sparsest-network MILP (manual bounds 2) after loading.");
    QCommandLineOption samples("n", "Samples for a generated dataset.", "N", "7");
    QCommandLineOption features("d", "Features for a generated dataset.", "d", "5");
    QCommandLineOption timeLimit("time-limit", "MILP time limit in seconds.", "s");
    QCommandLineOption epochs("epochs", "Training epochs to preset.", "n");
    parser.addOptions({lang,       dataset,    tab,      study,      compare,   lesson,
                       lessonStep, zoom,       theme,    screenshot, delay,     train,
                       pipeline,   samples,    features, epochs,     timeLimit, mipTrain,
                       mipMethod,  perceptron, sparsest, mseBand});
    parser.process(app);

    smip::ui::installTranslators(
        app, parser.isSet(lang) ? parser.value(lang) : smip::ui::storedLanguage());

    smip::ui::MainWindow window;
    if (parser.isSet(tab)) window.tabs()->setCurrentIndex(parser.value(tab).toInt());
    window.show();

    if (parser.isSet(epochs)) window.trainPage()->setEpochs(parser.value(epochs).toInt());
    if (parser.isSet(timeLimit))
        window.sparsestPage()->setTimeLimit(parser.value(timeLimit).toDouble());
    if (parser.isSet(mipTrain)) {
        smip::MipMethod method = smip::MipMethod::Full;
        if (!smip::methodFromId(parser.value(mipMethod).toStdString(), method)) {
            std::fprintf(stderr, "unknown --miptrain-method '%s'\n",
                         qPrintable(parser.value(mipMethod)));
            return 2;
        }
        window.mipTrainPage()->setMethod(method);
        if (parser.isSet(timeLimit))
            window.mipTrainPage()->setTimeLimit(parser.value(timeLimit).toDouble());
        QTimer::singleShot(0, window.mipTrainPage(), [&window] { window.mipTrainPage()->train(); });
    }
    if (parser.isSet(mseBand)) window.trainPage()->envelopeBox()->setChecked(true);
    if (parser.isSet(zoom)) window.presentation()->setZoom(parser.value(zoom).toDouble(), false);
    if (parser.isSet(theme)) {
        const QString t = parser.value(theme);
        using Theme = smip::ui::Presentation::Theme;
        window.presentation()->setTheme(t == "dark"    ? Theme::Dark
                                        : t == "light" ? Theme::Light
                                                       : Theme::System,
                                        false);
    }
    if (parser.isSet(lesson)) {
        const int n = parser.value(lesson).toInt();
        if (!window.startLesson(n - 1)) {
            std::fprintf(stderr, "sparsemip-studio: --lesson: no lesson %d (1-4)\n", n);
            return 2;
        }
        // Advances like a teacher pressing Next as soon as it is enabled (screenshots of a step).
        const int target = parser.value(lessonStep).toInt() - 1;
        auto* advance = new QTimer(&window);
        QObject::connect(advance, &QTimer::timeout, &window, [&window, advance, target] {
            smip::ui::LessonPanel* panel = window.lessonPanel();
            if (panel->stepIndex() >= target || panel->stepIndex() + 1 >= panel->stepCount())
                advance->stop();
            else if (panel->nextButton()->isEnabled())
                panel->next();
        });
        advance->start(250);
    }
    if (parser.isSet(compare)) {
        window.tabs()->setCurrentWidget(window.comparePage());
        auto* once = new QObject(&window);
        QObject::connect(window.state(), &smip::ui::AppState::datasetChanged, once,
                         [&window, once] {
                             window.comparePage()->run();
                             once->deleteLater();
                         });
    }
    if (parser.isSet(study)) {
        smip::ui::SparsestPage* page = window.sparsestPage();
        window.tabs()->setCurrentWidget(page);
        page->pageTabs()->setCurrentWidget(page->studyView());
        page->studyView()->setOutputDirectory(parser.value(study));
        page->studyView()->loadResults();
    }
    if (parser.isSet(perceptron)) {
        for (int i = 0; i < window.tabs()->count(); ++i)
            if (auto* page = qobject_cast<smip::ui::PerceptronPage*>(window.tabs()->widget(i))) {
                if (parser.isSet(timeLimit))
                    page->form()->setTimeLimit(parser.value(timeLimit).toDouble());
                QTimer::singleShot(0, page, [page] { page->solve(); });
            }
    }
    if (parser.isSet(sparsest)) {
        auto* once = new QObject(&window);
        QObject::connect(window.state(), &smip::ui::AppState::datasetChanged, once,
                         [&window, once] {
                             window.sparsestPage()->solve();
                             once->deleteLater();
                         });
    }
    if (parser.isSet(train) || parser.isSet(pipeline)) {
        const bool runPipeline = parser.isSet(pipeline);
        auto* once = new QObject(&window);
        QObject::connect(window.state(), &smip::ui::AppState::datasetChanged, once,
                         [&window, once, runPipeline] {
                             if (runPipeline)
                                 window.sparsestPage()->runPipeline();
                             else
                                 window.trainPage()->start();
                             once->deleteLater();
                         });
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, path] {
            window.grab().save(path);
            window.close();
        });
    }

    // A lesson loads its own data; loading the default too would replace it.
    if (parser.isSet(lesson)) return app.exec();
    smip::DatasetSpec spec;
    spec.source = parser.value(dataset).toStdString();
    spec.n = parser.value(samples).toInt();
    spec.d = parser.value(features).toInt();
    window.dataPage()->load(spec,
                            parser.value(dataset) == "random"
                                ? QObject::tr("Random, N=%1, d=%2, seed 0").arg(spec.n).arg(spec.d)
                                : parser.value(dataset));
    return app.exec();
}
