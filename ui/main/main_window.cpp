#include "ui/main/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "core/data/dataset_catalog.h"
#include "core/session/session_file.h"
#include "ui/adversarial/adversarial_page.h"
#include "ui/compare/compare_page.h"
#include "ui/data/data_page.h"
#include "ui/i18n/language.h"
#include "ui/lessons/lesson_catalog.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main/app_state.h"
#include "ui/main/milp_exporter.h"
#include "ui/main/page.h"
#include "ui/main/presentation.h"
#include "ui/miptrain/mip_train_page.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/train/train_page.h"

namespace smip::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("SparseMIP Studio"));
    state_ = new AppState(this);
    tabs_ = new QTabWidget();
    tabs_->setDocumentMode(true);
    dataPage_ = addPage(new DataPage(state_), tr("Data"));
    trainPage_ = addPage(new TrainPage(state_), tr("Train"));
    sparsestPage_ = addPage(new SparsestPage(state_), tr("Sparsest network"));
    // The pipeline trains what the Train page's form says.
    sparsestPage_->setTrainingSource([train = trainPage_](SparsestPipelineConfig& c) {
        c.regularizers = train->checkedRegularizers();
        c.train = train->config();
        c.initSeed = train->initSeed();
    });
    perceptronPage_ = addPage(new PerceptronPage(state_), tr("Perceptron MILP"));
    adversarialPage_ = addPage(new AdversarialPage(state_), tr("Adversarial"));
    mipTrainPage_ = addPage(new MipTrainPage(), tr("MIP training"));
    comparePage_ = addPage(new ComparePage(state_), tr("Compare"));
    setCentralWidget(tabs_);
    presentation_ = new Presentation(this);
    milpExporter_ = new MilpExporter(tabs_, this);
    connect(milpExporter_, &MilpExporter::finished, this, [this](bool, const QString& message) {
        statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
    });
    buildMenus();

    connect(dataPage_, &DataPage::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot load data"), message);
        statusBar()->showMessage(tr("Loading failed: %1").arg(message), 10000);
    });
    connect(state_, &AppState::datasetChanged, this, [this] {
        const Dataset& d = state_->dataset();
        statusBar()->showMessage(tr("Dataset: %1 — %2 × %3")
                                     .arg(state_->datasetOrigin())
                                     .arg(d.samples())
                                     .arg(d.features()));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) resize(1400, 860);
    restoreState(settings.value("window/state").toByteArray());
    tabs_->setCurrentIndex(settings.value("window/tab", 0).toInt());
}

MainWindow::~MainWindow() = default;

bool MainWindow::startLesson(int index) {
    if (!lessonPanel_) {
        lessonPanel_ = new LessonPanel(this);
        addDockWidget(Qt::RightDockWidgetArea, lessonPanel_);
    }
    return lessonPanel_->start(index);
}

template <typename P>
P* MainWindow::addPage(P* page, const QString& title) {
    tabs_->addTab(page, title);
    pages_.push_back(page);
    return page;
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open CSV…"), QKeySequence::Open, dataPage_, &DataPage::openCsv);
    file->addAction(tr("&Export dataset as CSV…"), dataPage_, &DataPage::exportCsv);
    QMenu* bundled = file->addMenu(tr("&Bundled dataset"));
    for (const auto& name : bundledDatasetNames()) {
        const QString id = QString::fromStdString(name);
        bundled->addAction(id, this, [this, id] {
            DatasetSpec spec;
            spec.source = id.toStdString();
            dataPage_->load(spec, id);
        });
    }
    file->addSeparator();
    file->addAction(tr("Open &session…"), this, &MainWindow::openSessionDialog);
    file->addAction(tr("&Save session…"), QKeySequence::Save, this, &MainWindow::saveSessionDialog);
    file->addSeparator();
    // While an export is being prepared (training, rank bound, start: seconds), the same entry
    // cancels it, so no preparation runs on without a way to stop it.
    QAction* exportMilp = file->addAction(tr("Export &MILP…"));
    connect(exportMilp, &QAction::triggered, this, [this, exportMilp] {
        if (milpExporter_->isRunning()) {
            milpExporter_->cancel();
            return;
        }
        milpExporter_->exportWithDialog();
        if (milpExporter_->isRunning()) {
            exportMilp->setText(tr("Cancel the MILP &export"));
            statusBar()->showMessage(tr("Preparing the MILP export…"));
        }
    });
    connect(milpExporter_, &MilpExporter::finished, exportMilp,
            [exportMilp] { exportMilp->setText(tr("Export &MILP…")); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = storedLanguage();
    const QList<QPair<QString, QString>> choices = {{"", tr("System default")},
                                                    {"en", QStringLiteral("English")},
                                                    {"de", QStringLiteral("Deutsch")}};
    for (const auto& [code, label] : choices) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            storeLanguage(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when SparseMIP Studio restarts."));
        });
    }

    // For a projector: larger text everywhere (charts too) and a dark palette.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, presentation_, &Presentation::zoomIn);
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, presentation_, &Presentation::zoomOut);
    view->addAction(tr("&Reset zoom"), QKeySequence(Qt::CTRL | Qt::Key_0), presentation_,
                    &Presentation::resetZoom);
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const QList<QPair<Presentation::Theme, QString>> themeChoices = {
        {Presentation::Theme::System, tr("Follow the system")},
        {Presentation::Theme::Light, tr("Light")},
        {Presentation::Theme::Dark, tr("Dark")}};
    for (const auto& [id, label] : themeChoices) {
        QAction* a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(presentation_->theme() == id);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { presentation_->setTheme(id); });
    }

    // Scripted lessons for a class: each opens in the side panel at its first step.
    QMenu* lessonMenu = menuBar()->addMenu(tr("&Lessons"));
    const std::vector<Lesson> catalog = lessonCatalog();
    for (int i = 0; i < static_cast<int>(catalog.size()); ++i)
        lessonMenu->addAction(QStringLiteral("&%1  %2").arg(QChar('a' + i)).arg(catalog[i].title),
                              this, [this, i] { startLesson(i); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SparseMIP Studio"), this, [this] {
        QMessageBox::about(
            this, tr("About SparseMIP Studio"),
            tr("<h3>SparseMIP Studio %1</h3><p>A workbench for sparse neural networks: gradient "
               "training with sparsity regularizers, and provably sparsest networks by "
               "mixed-integer "
               "programming (COIN-OR CBC, Ipopt).</p>")
                .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::saveSession(const QString& path, QString* error) {
    SessionSnapshot s;
    s.dataset = state_->dataset();
    s.datasetOrigin = state_->datasetOrigin().toStdString();
    s.trainConfig = state_->trainConfig();
    s.results = state_->trainResults();
    for (const Page* page : pages_) {
        nlohmann::json state = nlohmann::json::object();
        page->saveState(state);
        s.pages[page->pageId()] = std::move(state);
    }
    const std::string e = saveSessionFile(s, path.toStdString());
    if (error) *error = QString::fromStdString(e);
    return e.empty();
}

bool MainWindow::loadSession(const QString& path, QString* error) {
    SessionSnapshot s;
    std::string e;
    if (!loadSessionFile(path.toStdString(), s, e)) {
        if (error) *error = QString::fromStdString(e);
        return false;
    }
    for (Page* page : pages_)
        page->cancel();
    milpExporter_->cancel();
    state_->setDataset(s.dataset, QString::fromStdString(s.datasetOrigin));
    state_->setTrainResults(s.results, s.trainConfig);
    if (!s.pages.contains(trainPage_->pageId())) restoreLegacyTrainForm(s);
    // After the results: a page's choice among them (the Sparsest page's model) needs them.
    for (Page* page : pages_)
        if (s.pages.contains(page->pageId())) page->restoreState(s.pages.at(page->pageId()));
    return true;
}

void MainWindow::restoreLegacyTrainForm(const SessionSnapshot& s) {
    // Files written before pages saved their own state kept the Train form at the top level.
    trainPage_->setConfig(s.trainConfig);
    QStringList ids;
    for (const auto& r : s.regularizers)
        ids << QString::fromStdString(r.id());
    if (!ids.isEmpty()) trainPage_->setCheckedRegularizers(ids);
}

void MainWindow::saveSessionDialog() {
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session"),
                                                      settings.value("lastFolder").toString(),
                                                      tr("SparseMIP sessions (*.json)"));
    if (path.isEmpty()) return;
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    QString error;
    if (!saveSession(path, &error))
        QMessageBox::warning(this, tr("Cannot save session"), error);
    else
        statusBar()->showMessage(tr("Session saved to %1").arg(path), 5000);
}

void MainWindow::openSessionDialog() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open session"), settings.value("lastFolder").toString(),
        tr("SparseMIP sessions (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    QString error;
    if (!loadSession(path, &error)) QMessageBox::warning(this, tr("Cannot open session"), error);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("window/tab", tabs_->currentIndex());
    // Every page's work is asked to stop now; the workers are joined as the pages are destroyed.
    for (Page* page : pages_)
        page->cancel();
    event->accept();
}

}  // namespace smip::ui
