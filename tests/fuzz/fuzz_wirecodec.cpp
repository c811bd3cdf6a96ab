// libFuzzer target for the sync wire codec: whatever bytes arrive, decoding never crashes, never
// reads out of bounds, and what it accepts survives a round trip unchanged.
#include "models/journal/WireCodec.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort(); // an invariant broke: libFuzzer keeps the input that did it
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;

    std::optional<xs::ChainHead> chain;
    if (const auto operations = xs::WireCodec::decodePush(body, &error, &chain)) {
        std::optional<xs::ChainHead> chainAgain;
        const auto again =
            xs::WireCodec::decodePush(xs::WireCodec::encodePush(*operations, chain), &error, &chainAgain);
        check(again && again->size() == operations->size());
        check(chain.has_value() == chainAgain.has_value());
        check(!chain || (chain->seq == chainAgain->seq && chain->hash == chainAgain->hash));
        for (qsizetype i = 0; i < operations->size(); ++i) {
            check(again->at(i).opId == operations->at(i).opId);
            check(again->at(i).fields == operations->at(i).fields);
            check(again->at(i).baseVersion == operations->at(i).baseVersion);
        }
    } else {
        check(!error.isEmpty()); // a refusal always says why
    }
    std::optional<xs::ChainReceipt> receipt;
    if (const auto results = xs::WireCodec::decodePushResponse(body, &error, &receipt)) {
        std::optional<xs::ChainReceipt> receiptAgain;
        const auto again = xs::WireCodec::decodePushResponse(
            xs::WireCodec::encodePushResponse(*results, receipt), &error, &receiptAgain);
        check(again && again->size() == results->size());
        // A receipt read back is the same statement: its message, and so its signature's verdict.
        check(receipt.has_value() == receiptAgain.has_value());
        check(!receipt || (receipt->message() == receiptAgain->message() &&
                           receipt->isSignatureValid() == receiptAgain->isSignatureValid()));
    }
    if (const auto page = xs::WireCodec::decodeChangePage(body, &error)) {
        const auto again = xs::WireCodec::decodeChangePage(xs::WireCodec::encodeChangePage(*page), &error);
        check(again && again->changes == page->changes && again->cursor == page->cursor);
    }
    xs::WireCodec::decodeErrorMessage(body);
    return 0;
}
