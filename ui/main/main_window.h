#pragma once
// The main window wires the pages together (Data, Train, Sparsest network, …), the menus and the
// status bar. It holds no feature logic: each page owns its feature.
#include <QMainWindow>
#include <vector>

class QTabWidget;

namespace smip {
struct SessionSnapshot;
}

namespace smip::ui {

class AppState;
class DataPage;
class SparsestPage;
class AdversarialPage;
class ComparePage;
class LessonPanel;
class MilpExporter;
class Presentation;
class PerceptronPage;
class MipTrainPage;
class Page;
class TrainPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    AppState* state() const { return state_; }
    DataPage* dataPage() const { return dataPage_; }
    TrainPage* trainPage() const { return trainPage_; }
    SparsestPage* sparsestPage() const { return sparsestPage_; }
    MipTrainPage* mipTrainPage() const { return mipTrainPage_; }
    ComparePage* comparePage() const { return comparePage_; }
    PerceptronPage* perceptronPage() const { return perceptronPage_; }
    AdversarialPage* adversarialPage() const { return adversarialPage_; }
    QTabWidget* tabs() const { return tabs_; }
    /// Opens lesson `index` (0 = a) in the side panel; false for an unknown index.
    bool startLesson(int index);
    LessonPanel* lessonPanel() const { return lessonPanel_; }
    /// Zoom and theme (the View menu).
    Presentation* presentation() const { return presentation_; }
    /// File → Export MILP… (the current page's MILP to a file).
    MilpExporter* milpExporter() const { return milpExporter_; }
    /// Every page, in tab order.
    const std::vector<Page*>& pages() const { return pages_; }

    /// Saves / loads the session (dataset, training results, every page's settings) as JSON.
    bool saveSession(const QString& path, QString* error = nullptr);
    bool loadSession(const QString& path, QString* error = nullptr);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void saveSessionDialog();
    void openSessionDialog();
    void restoreLegacyTrainForm(const SessionSnapshot& s);
    /// Adds `page` as a tab and to pages().
    template <typename P>
    P* addPage(P* page, const QString& title);

    AppState* state_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    DataPage* dataPage_ = nullptr;
    TrainPage* trainPage_ = nullptr;
    SparsestPage* sparsestPage_ = nullptr;
    MipTrainPage* mipTrainPage_ = nullptr;
    ComparePage* comparePage_ = nullptr;
    LessonPanel* lessonPanel_ = nullptr;
    Presentation* presentation_ = nullptr;
    PerceptronPage* perceptronPage_ = nullptr;
    AdversarialPage* adversarialPage_ = nullptr;
    MilpExporter* milpExporter_ = nullptr;
    std::vector<Page*> pages_;
};

}  // namespace smip::ui
