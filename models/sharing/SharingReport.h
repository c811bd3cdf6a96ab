#pragma once

#include "models/sharing/SharingQueueModel.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace xs {

/// Sharing requests as audit bodies and scripts receive them (xiangshu-cli requests): one summary
/// per request for listing, and every field of every request, with the names of the resource and
/// the two departments, as a file. Kept apart from the page so the CLI and the page say the same.
namespace SharingReport {

enum class Format
{
    Json,
    Csv,
    Xlsx,
};

/// {id, kind, resource, resource_id, requester, provider, status, due_on, overdue}: status is the
/// state's code, due_on the running deadline (null when none runs).
QJsonObject summary(const RecordState& request, const SharingQueueModel::Names& names, const QDate& today);

/// Writes every request whole (fields in definition order, then resource_name, requester_name,
/// provider_name), in one go: the file is complete or not written.
DatabaseError write(const QString& path, Format format, const QList<RecordState>& requests,
                    const SharingQueueModel::Names& names);

/// The format a file name asks for (.json, .csv, .xlsx), or nothing.
std::optional<Format> formatOf(const QString& path, const QString& named = {});

} // namespace SharingReport

} // namespace xs
