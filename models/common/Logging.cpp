#include "models/common/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "xs.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "xs.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "xs.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "xs.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "xs.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistration, "xs.registration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGrants, "xs.grants", QtInfoMsg)
