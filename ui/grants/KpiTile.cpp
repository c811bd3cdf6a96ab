#include "ui/grants/KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace xs {

KpiTile::KpiTile(const QString& objectName, const QString& caption, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(caption);
    setToolTip(tr("Click to list the records behind this figure"));
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(caption, this);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch();
    setMinimumWidth(120);
}

void KpiTile::setValue(qint64 value, bool alarming)
{
    m_value->setText(QLocale().toString(value));
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, alarming && value > 0
                                               ? QColor(0xc6, 0x28, 0x28)
                                               : this->palette().color(QPalette::WindowText));
    m_value->setPalette(palette);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated();
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace xs
