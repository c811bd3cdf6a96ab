#pragma once

#include "ui/common/NavigationAreas.h"

#include <QWidget>

namespace xs {

/// A page for an area whose tools are not built yet: it says what the area is for and what will
/// be here, so nobody mistakes an empty page for a broken one.
class PlannedAreaPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlannedAreaPage(const NavigationArea& area, QWidget* parent = nullptr);
};

} // namespace xs
