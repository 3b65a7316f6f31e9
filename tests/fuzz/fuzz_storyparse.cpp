#include "fuzzchecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer entry point: FuzzChecks::splitParseAndSummarize() on every input; a broken invariant aborts,
// so libFuzzer saves the input as a crash. Run through tests/fuzz/run-fuzzers.sh.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = Storydesk::FuzzChecks::splitParseAndSummarize(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
