#include "models/calendar/CalendarRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> calendarRecordTypes()
{
    return {// 节假日安排: one year of the official schedule (models/calendar). The hub publishes a new
            // year as soon as the State Council does; the lists travel as JSON text.
            entity("calendar_year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Holiday schedule"),
                   {integer("year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")),
                    text("source", 1000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Source notice")),
                    date("issued_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Issued on")),
                    text("holidays", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Holidays")),
                    text("workdays", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Make-up working days"))})};
}

} // namespace xs
