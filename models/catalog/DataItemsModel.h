#pragma once

#include "models/common/Clock.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xs {

/// The data items of the entry being edited: an editable table the editor saves as a whole.
/// Rows keep their ids (new ones get one), order is the position, and rows copied from Excel
/// (tab-separated, in column order) paste in as new items.
class DataItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdentifierColumn,
        TypeColumn,
        LengthColumn,
        GradeColumn,
        SensitiveColumn,
        AuthoritativeColumn,
        DescriptionColumn,
        ColumnCount,
    };

    /// clock: for the ids of new items (it must outlive the model).
    explicit DataItemsModel(const Clock& clock, QObject* parent = nullptr);

    /// Items as CatalogRepository::items gives them (fields plus "id").
    void setItems(const QList<QJsonObject>& items);
    /// The items to save: each with "id" and its position.
    QList<QJsonObject> items() const;
    /// Ids of loaded items that were removed since setItems.
    QStringList removedIds() const { return m_removed; }
    bool isModified() const { return m_modified; }

    int addItem();
    bool moveItem(int row, int delta);
    /// Pastes tab-separated rows (what Excel copies) at the end; returns how many rows came in.
    int pasteRows(const QString& text);
    static QString fieldOf(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

signals:
    void modified();

private:
    void markModified();

    const Clock& m_clock;
    QList<QJsonObject> m_items;
    QStringList m_removed;
    bool m_modified = false;
};

} // namespace xs
