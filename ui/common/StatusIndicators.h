#pragma once

#include <QWidget>

class QLabel;

namespace xs {

class Application;

/// Status bar: the open database, shown as encrypted, with its location in the tooltip.
class DatabaseStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseStatusIndicator(Application& application, QWidget* parent = nullptr);
};

/// Status bar: the state of synchronisation with the province hub.
class SyncStatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(QWidget* parent = nullptr);

private:
    QLabel* m_label = nullptr;
};

} // namespace xs
