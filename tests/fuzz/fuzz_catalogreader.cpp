// libFuzzer target for the catalog import readers: any bytes must give rows or a clear error,
// never a crash, a hang or a leak. First byte even: CSV; odd: XLSX. A CSV that reads must also
// survive a write and read back unchanged.
#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"

#include <cstdlib>

using namespace xs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    TabularError error;
    std::optional<TabularData> table;
    if (data[0] % 2 == 0)
        table = CsvCodec::read(bytes, &error);
    else
        table = XlsxCodec::read(bytes, &error);
    if (!table) {
        if (error.message.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (table->rows.size() != table->rowNumbers.size())
        std::abort();
    if (data[0] % 2 == 0) {
        bool blankRow = false;
        for (const QStringList& row : table->rows)
            blankRow = blankRow || (row.size() == 1 && row.constFirst().isEmpty());
        if (!blankRow && !(table->header.size() == 1 && table->header.constFirst().isEmpty())) {
            TabularError again;
            const std::optional<TabularData> reread =
                CsvCodec::read(CsvCodec::write(table->header, table->rows), &again);
            if (!reread || reread->header != table->header || reread->rows != table->rows)
                std::abort();
        }
    }
    return 0;
}
