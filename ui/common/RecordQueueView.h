#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace xs {

/// The body every queue of records shows the same way (sharing requests, quality feedback,
/// open-data demand): the table (whole rows, one at a time, read-only, one stretching column),
/// the chosen record's detail below it, the buttons of the steps it offers, and a message line
/// for what a step did or why it was refused. The panel around it owns the filters and the model.
class RecordQueueView : public QWidget
{
    Q_OBJECT

public:
    /// idRole: the model's role giving a row's record id; names: the table's and the detail's
    /// object names.
    RecordQueueView(QAbstractItemModel& model, int idRole, int stretchColumn, const QString& tableName,
                    const QString& detailName, QWidget* parent = nullptr);

    QTableView& table() const { return *m_table; }
    /// The chosen record's id, or empty.
    QString currentId() const;
    /// Chooses the row of id; when there is none, nothing is chosen and currentChanged says so.
    void select(const QString& id);
    void setDetail(const QString& html);
    QString detailText() const;
    /// Replaces the step buttons: clearSteps(), addStep() each, then finishSteps().
    void clearSteps();
    QPushButton* addStep(const QString& objectName, const QString& title);
    void finishSteps();
    void say(const QString& text, bool problem);
    QString message() const;

signals:
    void currentChanged();

private:
    int m_idRole;
    QTableView* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QHBoxLayout* m_steps = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace xs
