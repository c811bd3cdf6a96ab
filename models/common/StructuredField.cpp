#include "models/common/StructuredField.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xs {

QJsonValue structuredField(const QJsonObject& fields, const char* name)
{
    return structuredValue(fields.value(QLatin1String(name)));
}

QJsonValue structuredValue(const QJsonValue& value)
{
    if (!value.isString())
        return value;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString structuredText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace xs
