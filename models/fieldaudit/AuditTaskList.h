#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace xs {

struct RecordState;

/// One audit task as lists show it (the 现场核查 page, `xiangshu-cli audit tasks`).
struct AuditTaskRow
{
    QString id;
    QString title;
    QString kind;
    QString target; // the department's code, or the operator's or registration's id
    QString state;
    QDate plannedOn;
    QStringList auditors;
    QString summary;
    bool overdue = false;

    static AuditTaskRow of(const RecordState& task, const QDate& today);
};

namespace AuditTaskList {

/// A planned visit whose day has passed while it is still planned or in progress.
bool isOverdue(const QString& state, const QDate& plannedOn, const QDate& today);

/// Every live task on this desktop, by planned day (then id).
QList<AuditTaskRow> load(const QList<RecordState>& tasks, const QDate& today);

} // namespace AuditTaskList

} // namespace xs
