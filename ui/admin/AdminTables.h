#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/catalog/Department.h"
#include "models/registration/DeadlineRulesInForce.h"

#include <QCoreApplication>
#include <QHash>

class QAbstractItemModel;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace xs {

/// The read-only tables of the 管理 area, each a model filled from what the area's services read.
/// Rows keep their key (department code, year, rule step) in Qt::UserRole.
class AdminTables
{
    Q_DECLARE_TR_FUNCTIONS(xs::AdminTables)

public:
    /// A read-only table of whole rows, short columns as wide as their contents.
    static QTableView* newView(QAbstractItemModel* model, QWidget* parent);
    /// The five roles, what each does (DOMAIN.md) and how many hub accounts hold it.
    static void fillRoles(QStandardItemModel& model, const QHash<QString, int>& accountsPerRole);
    static void fillDepartments(QStandardItemModel& model, const QList<Department>& departments,
                                const QHash<QString, qint64>& entriesPerDepartment);
    static void fillCalendars(QStandardItemModel& model, const WorkingCalendar& calendar);
    static void fillRules(QStandardItemModel& model, const QList<DeadlineRuleInForce>& rules);
};

} // namespace xs
