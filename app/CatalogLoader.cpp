#include "app/CatalogLoader.h"

namespace xs {

namespace {

Database::Options firstPageOptions()
{
    // A first page reads a few hundred rows and the index pages above them; the UI connection
    // reads the pages after it.
    Database::Options options = DatabaseThread::workerOptions();
    options.cacheSizeKiB = 2 * 1024;
    return options;
}

} // namespace

CatalogLoader::CatalogLoader(QString databasePath, DatabaseKey key, QObject* parent)
    : QObject(parent)
    , m_thread(databasePath, key)
    , m_pageThread(std::move(databasePath), std::move(key), firstPageOptions())
    , m_firstPage(m_pageThread,
                  [this](const CatalogTableModel::FirstPage& page) { emit firstPageLoaded(page); })
    , m_nextPage(m_pageThread, [this](const CatalogTableModel::NextPage& page) { emit nextPageLoaded(page); })
    , m_counts(m_thread, [this](const CatalogFacetCounts& counts) { emit countsLoaded(counts); })
    , m_oneSource(m_thread, [this](const OneSource& read) { emit oneSourceLoaded(read); })
{}

CatalogLoader::~CatalogLoader() = default;

void CatalogLoader::requestFirstPage(const CatalogTableModel::FirstPageRequest& request)
{
    // The rows the next page would follow are about to go; under a plan that sorts every match,
    // its read would hold this thread for seconds.
    m_nextPage.cancel();
    m_firstPage.request([request](QSqlDatabase* connection, const DatabaseError& error) {
        if (connection)
            return CatalogTableModel::readFirstPage(*connection, request);
        CatalogTableModel::FirstPage page;
        page.filter = request.filter;
        page.error = error;
        return page;
    });
}

void CatalogLoader::requestNextPage(const CatalogTableModel::NextPageRequest& request)
{
    m_nextPage.request([request](QSqlDatabase* connection, const DatabaseError& error) {
        if (connection)
            return CatalogTableModel::readNextPage(*connection, request);
        return CatalogTableModel::NextPage{request.listNumber, {}, error};
    });
}

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
