#include "app/CatalogLoader.h"

namespace xs {

CatalogLoader::CatalogLoader(QString databasePath, DatabaseKey key, QObject* parent)
    : QObject(parent)
    , m_thread(std::move(databasePath), std::move(key))
    , m_counts(m_thread, [this](const CatalogFacetCounts& counts) { emit countsLoaded(counts); })
    , m_oneSource(m_thread, [this](const OneSource& read) { emit oneSourceLoaded(read); })
{}

CatalogLoader::~CatalogLoader() = default;

void CatalogLoader::requestCounts(const CatalogFilter& filter)
{
    m_counts.request([filter](QSqlDatabase* connection, const DatabaseError& error) {
        CatalogFacetCounts counts;
        counts.error = error;
        if (connection)
            counts = CatalogFacetCounts::count(*connection, filter);
        return counts;
    });
}

void CatalogLoader::requestOneSource()
{
    m_oneSource.request([](QSqlDatabase* connection, const DatabaseError& error) {
        OneSource read{{}, error};
        if (connection)
            read.conflicts = CatalogRepository::oneSourceConflictsIn(*connection, &read.error);
        return read;
    });
}

} // namespace xs
