#include "ui/common/BusyBar.h"

#include <QProgressBar>

namespace xs {

QProgressBar* createBusyBar(QWidget* parent)
{
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->hide();
    return bar;
}

} // namespace xs
