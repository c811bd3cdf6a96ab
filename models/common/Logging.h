#pragma once

#include <QLoggingCategory>

// One logging category per area (QT_LOGGING_RULES="xs.sync.debug=true" turns one on in detail).
// What goes into a log: what happened, to which record id, with which outcome. Never a
// passphrase, key, token or password, and never a record's content: names and texts of records
// are the bureau's data, and a log file travels in bug reports.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcKeys)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcRegistration)
Q_DECLARE_LOGGING_CATEGORY(lcGrants)
