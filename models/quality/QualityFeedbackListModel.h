#pragma once

#include "models/journal/SyncTypes.h"
#include "models/sharing/RequestNames.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace xs {

/// 质量反馈 as a list, newest first: when and by whom it was filed, on which resource (and data
/// item) and dimension, its state, the provider, and the deadline of the rectification order that
/// has it corrected (10 working days, marked when overdue).
class QualityFeedbackListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FiledColumn,
        StateColumn,
        DimensionColumn,
        ResourceColumn,
        FiledByColumn,
        ProviderColumn,
        CorrectionDueColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole, // bool: the correction is past its deadline
    };
    struct Filter
    {
        QString department;   // only feedback it filed or that is about its data; empty: all
        bool openOnly = true; // fed-back feedback hidden
    };
    using Names = RequestNames;

    explicit QualityFeedbackListModel(QObject* parent = nullptr);

    /// orders: the rectification orders that follow feedback (any others are passed over).
    void setFeedback(const QList<RecordState>& feedback, const QList<RecordState>& orders, const QDate& today,
                     Names names = {});
    void setFilter(const Filter& filter);
    const RecordState* feedback(const QString& id) const;
    /// The order that has this feedback corrected (the latest), if there is one here.
    const RecordState* orderFor(const QString& feedbackId) const;
    QString entryName(const QString& entryId) const { return m_names.entries.value(entryId, entryId); }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordState feedback;
        std::optional<RecordState> order;
        bool overdue = false;
    };
    void applyFilter();

    QList<Row> m_all;
    Names m_names;
    QList<const Row*> m_shown;
    Filter m_filter;
};

} // namespace xs
