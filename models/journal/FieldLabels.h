#pragma once

#include "models/journal/AccessPolicy.h"

#include <QJsonValue>
#include <QString>

namespace xs {

/// What people call synced entities and their fields, translated (DOMAIN.md §1 gives the Chinese
/// terms). Unknown names come back as they are, so a newer hub's field still shows up.
QString entityLabel(const QString& entity);
QString fieldLabel(const QString& entity, const QString& field);
/// Their untranslated sources in the xs::FieldLabels context (Message arguments), or null.
const char* entityLabelSource(const QString& entity);
const char* fieldLabelSource(const QString& entity, const QString& field);

/// A reason for people after the label of the field it is about, when there is one.
QString withFieldLabel(const QString& entity, const QString& field, const QString& reason);

/// A refusal (of the hub, or of the same rules on this desktop) as the user reads it.
QString refusalText(const QString& entity, const Refusal& refusal);

/// A hub role (cataloguer, reviewer, ...) as DOMAIN.md names it.
QString roleLabel(const QString& role);

/// What a hub's rejection code (hub/PROTOCOL.md) means, in a few words.
QString rejectionLabel(const QString& reasonCode);

/// A field value as a person reads it: 是/否 for flags, "(empty)" for null.
QString displayValue(const QJsonValue& value);

} // namespace xs
