#pragma once
// The settings of a form as JSON, one key per input widget: what a page's saveState() and
// restoreState() write and read. Knows spin boxes, check and radio buttons, combo boxes (by item
// data when the items have it, so that translated texts do not matter) and line edits. GUI thread.
#include <QWidget>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace smip::ui {

class FormState {
  public:
    FormState(std::initializer_list<std::pair<const char*, QWidget*>> fields);
    /// One more field, for a page whose inputs live in several widgets.
    FormState& add(const char* key, QWidget* widget) {
        fields_.emplace_back(key, widget);
        return *this;
    }

    /// Writes every field's value under its key into `state`.
    void save(nlohmann::json& state) const;
    /// Sets every field whose key is in `state` and whose value fits it; others stay as they are.
    void restore(const nlohmann::json& state) const;

  private:
    std::vector<std::pair<std::string, QWidget*>> fields_;
};

}  // namespace smip::ui
