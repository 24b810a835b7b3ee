#pragma once
// What MainWindow needs from every page, so that it can treat them alike: an id for the session
// file, the form's settings for saving and restoring a session, and the busy state and cancel for
// shutdown. Pages are QWidgets that also implement this interface. GUI thread.
#include <nlohmann/json.hpp>
#include <string>

#include "ui/main/form_state.h"

namespace smip::ui {

class Page {
  public:
    virtual ~Page() = default;

    /// Stable key of the page's state in a session file ("data", "train", …). Not for display.
    virtual std::string pageId() const = 0;
    /// Writes the page's settings (its form) into `state`, an object.
    virtual void saveState(nlohmann::json& state) const { formState().save(state); }
    /// Applies settings written by saveState(); keys it lacks keep their current value, so that
    /// files written by older versions still load. Starts nothing.
    virtual void restoreState(const nlohmann::json& state) { formState().restore(state); }
    /// True while the page's work (training, solve, load) runs.
    virtual bool isBusy() const = 0;
    /// Asks the page's work to stop; results so far are kept. Returns without waiting.
    virtual void cancel() = 0;

  protected:
    /// The form's inputs by session key: what saveState() and restoreState() write and read.
    virtual FormState formState() const = 0;
};

}  // namespace smip::ui
