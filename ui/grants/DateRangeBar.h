#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace xs {

/// The date range every chart of a dashboard is filtered by: all periods, or from–to. Reports
/// each change once the user has finished it (not on every keystroke of a date).
class DateRangeBar : public QWidget
{
    Q_OBJECT

public:
    /// today: the default period is the four years before today's year and this year.
    explicit DateRangeBar(const QDate& today, QWidget* parent = nullptr);

    QDate from() const; // invalid: open
    QDate to() const;
    void setRange(const QDate& from, const QDate& to);
    /// "2024-01-01 – 2026-12-31" or "all periods", for captions and printouts.
    QString describe() const;
    void setStatus(const QString& text);

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox* m_limited = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace xs
