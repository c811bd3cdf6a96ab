#pragma once

#include <QJsonValue>
#include <QString>

namespace xs {

/// What people call synced entities and their fields, translated (DOMAIN.md §1 gives the Chinese
/// terms). Unknown names come back as they are, so a newer hub's field still shows up.
QString entityLabel(const QString& entity);
QString fieldLabel(const QString& entity, const QString& field);

/// A hub role (cataloguer, reviewer, ...) as DOMAIN.md names it.
QString roleLabel(const QString& role);

/// What a hub's rejection code (hub/PROTOCOL.md) means, in a few words.
QString rejectionLabel(const QString& reasonCode);

/// A field value as a person reads it: 是/否 for flags, "(empty)" for null.
QString displayValue(const QJsonValue& value);

} // namespace xs
