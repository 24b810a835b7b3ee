#pragma once
// The main window wires the pages together (Data, Train, Sparsest network, …), the menus and the
// status bar. It holds no feature logic: each page owns its feature.
#include <QMainWindow>

class QTabWidget;

namespace smip::ui {

class AppState;
class DataPage;
class SparsestPage;
class MipTrainPage;
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
    QTabWidget* tabs() const { return tabs_; }

    /// Saves / loads the session (dataset, training configuration and results) as JSON.
    bool saveSession(const QString& path, QString* error = nullptr);
    bool loadSession(const QString& path, QString* error = nullptr);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildMenus();
    void saveSessionDialog();
    void openSessionDialog();

    AppState* state_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    DataPage* dataPage_ = nullptr;
    TrainPage* trainPage_ = nullptr;
    SparsestPage* sparsestPage_ = nullptr;
    MipTrainPage* mipTrainPage_ = nullptr;
};

}  // namespace smip::ui
