#pragma once
// The Data page: generate a dataset, pick a bundled one or open a CSV; inspect it in a table and a
// scatter plot. Loading runs off the GUI thread (a large CSV can take seconds).
#include <QFutureWatcher>
#include <QWidget>

#include <optional>
#include <utility>

#include "core/data/dataset_catalog.h"
#include "ui/main/page.h"

class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace smip::ui {

class AppState;
class DatasetTableModel;
class ScatterPlot;

class DataPage : public QWidget, public Page {
    Q_OBJECT
  public:
    explicit DataPage(AppState* state, QWidget* parent = nullptr);

    /// Loads `spec` in the background; the result replaces the current dataset. GUI thread.
    /// A request made while another load runs waits for it and then wins (the latest request is
    /// what the user or a lesson asked for last; the earlier result is dropped).
    void load(const DatasetSpec& spec, const QString& origin);
    /// Asks for a CSV file and loads it.
    void openCsv();
    /// Writes the current dataset as CSV (atomically), asking for a path.
    void exportCsv();
    /// True while a load runs (tests wait on it).
    bool isLoading() const { return loading_; }

    std::string pageId() const override { return "data"; }
    bool isBusy() const override { return isLoading(); }
    /// Nothing to stop: a load reads one file or generates in memory and ends on its own (its
    /// worker captures values only, so it may outlive the page).
    void cancel() override {}

  signals:
    /// Emitted with a translated message when loading failed.
    void loadFailed(const QString& message);

  private:
    FormState formState() const override;
    struct LoadResult {
        bool ok = false;
        Dataset data;
        QString error;
        QString origin;
    };
    void buildUi();
    void onDatasetChanged();
    void updateScatter();
    void generateFromForm();
    void startLoad(const DatasetSpec& spec, const QString& origin);
    void onLoadFinished();

    AppState* state_;
    QFutureWatcher<LoadResult> watcher_;
    // True from a request until its result is applied: the watcher's own isRunning() turns false
    // before the finished signal arrives, and a request in that gap must not be lost.
    bool loading_ = false;
    std::optional<std::pair<DatasetSpec, QString>> pending_;
    QComboBox* generator_ = nullptr;
    QSpinBox* samples_ = nullptr;
    QSpinBox* features_ = nullptr;
    QDoubleSpinBox* noise_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* generate_ = nullptr;
    QComboBox* bundled_ = nullptr;
    QPushButton* loadBundled_ = nullptr;
    QLineEdit* targetColumn_ = nullptr;
    QPushButton* openCsv_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QLabel* summary_ = nullptr;
    QComboBox* xAxis_ = nullptr;
    QComboBox* yAxis_ = nullptr;
    QTableView* table_ = nullptr;
    DatasetTableModel* model_ = nullptr;
    ScatterPlot* scatter_ = nullptr;
};

}  // namespace smip::ui
