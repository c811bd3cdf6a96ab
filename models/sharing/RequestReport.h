#pragma once

#include "models/journal/SyncTypes.h"
#include "models/sharing/RequestNames.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xs {

/// Requests between departments as audit bodies and scripts receive them (xiangshu-cli requests):
/// one summary per request for listing, and every field of every request of one kind, with the
/// names of the resource and the departments, as a file. The kinds are sharing requests
/// (sharing_request) and quality feedback (quality_feedback), which name a resource (entry_id), a
/// requesting department (requester_code) and a providing one (provider_code), and open-data demand
/// (open_data_demand), which names the data wanted, who asked and the department answering.
namespace RequestReport {

enum class Format
{
    Json,
    Csv,
    Xlsx,
};

/// The CLI's name of a record type's kind ("sharing", "quality"), or empty.
QString kindOf(const QString& entity);

/// {id, kind, resource, resource_id, requester, provider, status, due_on, overdue}: status is the
/// state's code; due_on is the running deadline, null when none runs. For feedback it is the
/// deadline of the open rectification order that has it corrected (order, when there is one).
QJsonObject summary(const RecordState& request, const RequestNames& names, const QDate& today,
                    const RecordState* order = nullptr);

/// Writes every record of entity whole (fields in definition order, then the names of the codes
/// it holds: resource_name, requester_name, provider_name), in one go: the file is complete or not
/// written.
DatabaseError write(const QString& path, Format format, const QString& entity,
                    const QList<RecordState>& records, const RequestNames& names);

/// The format a file name asks for (.json, .csv, .xlsx), or the one named; nothing if neither.
std::optional<Format> formatOf(const QString& path, const QString& named = {});

} // namespace RequestReport

} // namespace xs
