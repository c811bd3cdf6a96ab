#pragma once

#include "models/journal/SyncTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace xs {

/// The figures managers watch over field audits: tasks by state, open findings by severity (a
/// finding is open until the order that follows it is closed, or while none was issued), and
/// rectification orders past their deadline.
struct FieldAuditOverview
{
    QMap<QString, int> tasksByState; // planned, in_progress, in_review, completed
    QMap<QString, int> openFindingsBySeverity;
    QStringList severities; // of the open findings: 一般, 较重, 严重 first, then others
    int overdueTasks = 0;
    int overdueOrders = 0;

    static FieldAuditOverview compute(const QList<RecordState>& tasks, const QList<RecordState>& findings,
                                      const QList<RecordState>& orders, const QDate& today);
};

} // namespace xs
