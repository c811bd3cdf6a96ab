#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;

namespace xs {

/// Asks for a rectification order after a finding: what must be rectified (starting from the
/// finding's text) and the deadline in working days (the checklist's default), counted by the hub
/// from the day it issues the order.
class OrderDialog : public QDialog
{
    Q_OBJECT

public:
    OrderDialog(const QString& addressedTo, const QString& finding, int workingDays,
                QWidget* parent = nullptr);

    QString requirement() const;
    int workingDays() const;

private:
    QPlainTextEdit* m_requirement = nullptr;
    QSpinBox* m_days = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace xs
