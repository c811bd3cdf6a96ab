#pragma once

#include "models/journal/SyncTypes.h"

#include <QAbstractTableModel>
#include <QJsonObject>

#include <functional>

namespace xs {

/// One item of a task's checklist with its answer (empty result: not answered yet).
struct ChecklistRow
{
    QString code;
    QString section;
    QString text;
    QString result; // conforms, nonconforming, not_applicable, or empty
    QString note;
};

/// The checklist of an audit task: the items of its template in template order, each with the
/// answer recorded for it. The auditors on site answer in the table (result and note editable);
/// every edit goes through a saver the page gives (the record writer, so the hub's rules run here
/// first), and a refused edit leaves the row as it was.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        SectionColumn,
        TextColumn,
        ResultColumn,
        NoteColumn,
        ColumnCount,
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
    };
    /// Records the row as answered; the reason in the user's language when it is refused.
    using Saver = std::function<QString(const ChecklistRow& row)>;

    explicit ChecklistModel(QObject* parent = nullptr);

    /// The template's items joined with the task's answers (answers to items the template does
    /// not have are left out: a template never changes once published).
    static QList<ChecklistRow> rowsOf(const QJsonObject& templateFields, const QList<RecordState>& answers);

    void setRows(const QList<ChecklistRow>& rows);
    /// Whether results and notes may be edited now (the task's auditors, while it is in progress).
    void setEditable(bool editable, Saver saver);
    const ChecklistRow* row(int row) const;
    const QList<ChecklistRow>& rows() const { return m_rows; }

    int answeredCount() const;
    int nonconformingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// An edit the saver refused, with its reason.
    void refused(const QString& reason);

private:
    QList<ChecklistRow> m_rows;
    bool m_editable = false;
    Saver m_saver;
};

} // namespace xs
