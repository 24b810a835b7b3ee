#pragma once
// File → Export MILP…: exports the MILP the current page would solve, with the page's current
// form, as MPS or CPLEX LP (by the file's extension) and its MIP start beside it (.mst). The
// preparation (training, rank bound, start) runs on a worker thread (MilpExportJob); the GUI never
// waits. GUI thread.
#include <QObject>
#include <QString>
#include <memory>

class QTabWidget;
class QTimer;
class QWidget;

namespace smip::ui {

class MilpExportJob;
struct MilpExportPlan;

class MilpExporter : public QObject {
    Q_OBJECT
  public:
    /// `tabs` holds the pages; `dialogParent` parents the file dialog and the messages.
    MilpExporter(QTabWidget* tabs, QWidget* dialogParent);
    ~MilpExporter() override;

    /// Checks the current page, asks for a file name, starts the export; says why when the page
    /// has no MILP. The result is shown in a (non-modal) message box.
    void exportWithDialog();
    /// Starts exporting the current page's MILP to `path` (.mps or .lp; any other name gets
    /// .mps). Empty when the export started (finished() follows), else why it cannot.
    QString exportTo(const QString& path);
    bool isRunning() const;
    /// Stops a running preparation; nothing is written then. Returns at once.
    void cancel();

  signals:
    /// The export ended: `ok` when every file was written; `message` lists them and what the
    /// model was built from, or says what went wrong.
    void finished(bool ok, const QString& message);

  private:
    /// The current page's plan; its `unavailable` says why there is none.
    MilpExportPlan currentPlan() const;
    void poll();
    void showMessage(bool ok, const QString& message);

    QTabWidget* tabs_;
    QWidget* dialogParent_;
    std::unique_ptr<MilpExportJob> job_;
    QTimer* timer_;
    QString note_;
    bool interactive_ = false;
};

}  // namespace smip::ui
