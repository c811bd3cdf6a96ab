#pragma once

#include "models/journal/Vocabularies.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace xs {

/// Picks one or more values out of a long list (the thousands of entries of a catalog) by typing
/// part of their label: the filter has the focus, Down moves into the list, Enter or a
/// double-click takes what is selected.
class ChoicePickerDialog : public QDialog
{
    Q_OBJECT

public:
    /// choices: what may be picked (those not offered are left out); excluded: values already
    /// chosen, not offered again.
    ChoicePickerDialog(const QList<LabelledValue>& choices, const QSet<QString>& excluded,
                       const QString& title, QWidget* parent = nullptr);

    /// The values selected, in the list's order.
    QStringList chosen() const;
    /// One value only (the catalog entry an application is about).
    void setSingleSelection();
    /// Types into the filter (as a user would; tests use it too).
    void setFilterText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();

    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_count;
};

} // namespace xs
