#pragma once

#include <QFrame>

class QLabel;

namespace xs {

/// One figure of a dashboard, large enough to read across a room, with what it counts below it.
/// Clicking it (or Enter when focused) opens the records behind it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const QString& objectName, const QString& caption, QWidget* parent = nullptr);

    void setValue(qint64 value, bool alarming = false);
    QString valueText() const;

signals:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace xs
