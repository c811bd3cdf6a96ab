#pragma once

#include "models/registration/DeadlineRules.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace xs {

/// Changes one deadline rule: its value, its unit (of those the step allows) and the decision it
/// comes from. Publishing goes through the record's rules; a refusal stays in the dialog.
class DeadlineRuleDialog : public QDialog
{
    Q_OBJECT

public:
    /// publish: writes the rule; returns why it was refused, or nothing.
    using Publish = std::function<QString(const DeadlineRule& rule)>;

    DeadlineRuleDialog(const DeadlineRule& rule, Publish publish, QWidget* parent = nullptr);

    DeadlineRule rule() const;
    QSpinBox* valueInput() const { return m_value; }
    QComboBox* unitInput() const { return m_unit; }
    QLineEdit* sourceInput() const { return m_source; }
    QString problem() const;
    /// Publishes; true on success (the dialog then closes).
    bool publish();

private:
    DeadlineRule m_rule;
    Publish m_publish;
    QSpinBox* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace xs
