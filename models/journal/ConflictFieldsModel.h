#pragma once

#include "models/journal/SyncApplier.h"
#include "models/journal/SyncLedger.h"

#include <QAbstractTableModel>

namespace xs {

/// One conflict, field by field: the copy both sides last agreed on (base), this computer's copy
/// and the hub's copy, side by side. Each conflicting field is a row where the person ticks the
/// value to keep, in the "this computer" or the "hub" column (one of the two, like radio buttons).
/// Fields that differ but merged by themselves follow, for context, and cannot be ticked.
/// A delete-against-edit conflict is one more row, "the record itself".
class ConflictFieldsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        BaseColumn,
        LocalColumn,
        HubColumn,
        ColumnCount
    };

    /// True on rows that need a person's choice (views show them stronger); false on rows that
    /// merged by themselves.
    static constexpr int NeedsChoiceRole = Qt::UserRole + 1;

    /// The key of the delete-against-edit row in choices(), as SyncApplier expects it.
    static inline const QString DeletedKey = QStringLiteral("deleted");

    explicit ConflictFieldsModel(QObject* parent = nullptr);

    /// Shows a conflict; `local` is this computer's copy now (it may have changed since).
    void setConflict(const ConflictRecord& conflict, const RecordState& local);
    qint64 conflictId() const { return m_conflictId; }

    /// Every conflicting row has a choice.
    bool isComplete() const;
    /// Field name (or DeletedKey) -> the side chosen, for the rows that have a choice.
    QHash<QString, SyncApplier::Take> choices() const;
    void chooseAll(SyncApplier::Take take);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void choicesChanged();

private:
    struct Row
    {
        QString key; // field name, or DeletedKey
        QString label;
        QString base;
        QString local;
        QString hub;
        bool needsChoice = false;
        std::optional<SyncApplier::Take> choice;
    };

    void choose(int row, SyncApplier::Take take);

    qint64 m_conflictId = 0;
    QList<Row> m_rows;
};

} // namespace xs
