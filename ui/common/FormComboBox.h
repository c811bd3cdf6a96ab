#pragma once

#include <QComboBox>

namespace xs {

/// A combo box for forms inside a scroll area: the mouse wheel changes its value only once it has
/// focus. Otherwise scrolling down a long form over a combo box would silently change the value
/// under the pointer (and enable Save); the wheel scrolls the form instead.
class FormComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit FormComboBox(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace xs
