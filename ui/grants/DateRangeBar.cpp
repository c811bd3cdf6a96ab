#include "ui/grants/DateRangeBar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace xs {

DateRangeBar::DateRangeBar(const QDate& today, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dateRange"));
    m_limited = new QCheckBox(tr("&Period:"), this);
    m_limited->setObjectName(QStringLiteral("dateRangeLimited"));
    m_limited->setToolTip(tr("Unticked: every period. Ticked: agreements whose term overlaps the period, and "
                             "the prices and reports within it."));
    m_from = new QDateEdit(QDate(today.year() - 4, 1, 1), this);
    m_from->setObjectName(QStringLiteral("dateRangeFrom"));
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_to->setObjectName(QStringLiteral("dateRangeTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setKeyboardTracking(false);
        connect(edit, &QDateEdit::editingFinished, this, &DateRangeBar::changed);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_limited);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_status, 1);
    connect(m_limited, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    updateEnabled();
}

QDate DateRangeBar::from() const
{
    return m_limited->isChecked() ? m_from->date() : QDate();
}

QDate DateRangeBar::to() const
{
    return m_limited->isChecked() ? m_to->date() : QDate();
}

void DateRangeBar::setRange(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockLimited(m_limited);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_limited->setChecked(from.isValid() || to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    updateEnabled();
    emit changed();
}

QString DateRangeBar::describe() const
{
    if (!m_limited->isChecked())
        return tr("all periods");
    return QStringLiteral("%1 – %2").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

void DateRangeBar::setStatus(const QString& text)
{
    m_status->setText(text);
}

void DateRangeBar::updateEnabled()
{
    m_from->setEnabled(m_limited->isChecked());
    m_to->setEnabled(m_limited->isChecked());
}

} // namespace xs
