#include "ui/main/form_state.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace smip::ui {

namespace {

nlohmann::json valueOf(const QWidget* w) {
    if (auto* s = qobject_cast<const QSpinBox*>(w)) return s->value();
    if (auto* d = qobject_cast<const QDoubleSpinBox*>(w)) return d->value();
    if (auto* b = qobject_cast<const QAbstractButton*>(w)) return b->isChecked();
    if (auto* e = qobject_cast<const QLineEdit*>(w)) return e->text().toStdString();
    if (auto* c = qobject_cast<const QComboBox*>(w)) {
        const QVariant data = c->currentData();
        if (data.isValid()) return data.toString().toStdString();
        return c->currentIndex();
    }
    return nullptr;
}

// Items are matched by their data's text: an int enum and a dataset name are both stored as text.
void setComboValue(QComboBox* c, const nlohmann::json& v) {
    if (v.is_string()) {
        const QString wanted = QString::fromStdString(v.get<std::string>());
        for (int i = 0; i < c->count(); ++i)
            if (c->itemData(i).isValid() && c->itemData(i).toString() == wanted)
                return c->setCurrentIndex(i);
    } else if (v.is_number_integer() && v.get<int>() >= 0 && v.get<int>() < c->count()) {
        c->setCurrentIndex(v.get<int>());
    }
}

void setValue(QWidget* w, const nlohmann::json& v) {
    if (auto* s = qobject_cast<QSpinBox*>(w)) {
        if (v.is_number_integer()) s->setValue(v.get<int>());
    } else if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) {
        if (v.is_number()) d->setValue(v.get<double>());
    } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
        if (v.is_boolean()) b->setChecked(v.get<bool>());
    } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
        if (v.is_string()) e->setText(QString::fromStdString(v.get<std::string>()));
    } else if (auto* c = qobject_cast<QComboBox*>(w)) {
        setComboValue(c, v);
    }
}

}  // namespace

FormState::FormState(std::initializer_list<std::pair<const char*, QWidget*>> fields) {
    for (const auto& [key, widget] : fields)
        fields_.emplace_back(key, widget);
}

void FormState::save(nlohmann::json& state) const {
    for (const auto& [key, widget] : fields_)
        state[key] = valueOf(widget);
}

void FormState::restore(const nlohmann::json& state) const {
    if (!state.is_object()) return;
    for (const auto& [key, widget] : fields_)
        if (state.contains(key)) setValue(widget, state.at(key));
}

}  // namespace smip::ui
