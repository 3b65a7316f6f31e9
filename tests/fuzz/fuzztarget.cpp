#include "fuzzchecks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The libFuzzer entry point of each target: STORYDESK_FUZZ_CHECK names the FuzzChecks
// function it runs on every input (see CMakeLists.txt). A broken invariant aborts, so
// libFuzzer saves the input as a finding. Run through run-fuzzers.sh.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = Storydesk::FuzzChecks::STORYDESK_FUZZ_CHECK(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
