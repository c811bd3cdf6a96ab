# The sources that define the synced record types and their wire form and need no database.
# xs_models compiles them, and the fuzzers (a clang project of their own, tests/fuzz) link the
# same list, so a new definition file is named once and the fuzzers never miss it.
set(XS_RECORD_DEFINITION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/audit/ChainReceipt.cpp
    ${CMAKE_CURRENT_LIST_DIR}/calendar/CalendarRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog/CatalogRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog/Divisions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog/revision/CatalogRevisionRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/common/Message.cpp
    ${CMAKE_CURRENT_LIST_DIR}/crypto/SigningKey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fieldaudit/FieldAuditRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grants/GrantRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/journal/EntitySchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/journal/FieldLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/journal/Roles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/journal/WireCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opendata/OpenDataRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pricing/EvaluationCycles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pricing/PricingRecords.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pricing/PricingRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pricing/PricingRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/quality/QualityFeedbackRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rectification/RectificationRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registration/RegistrationRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/registry/SyncedRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scorecard/ScorecardRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/securityreview/SecurityReviewRecordTypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sharing/SharingRecordTypes.cpp)
