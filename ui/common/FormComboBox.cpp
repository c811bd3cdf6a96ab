#include "ui/common/FormComboBox.h"

#include <QWheelEvent>

namespace xs {

FormComboBox::FormComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // not WheelFocus: a wheel turn must not take focus either
}

void FormComboBox::wheelEvent(QWheelEvent* event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore(); // passes to the scroll area around the form
}

} // namespace xs
