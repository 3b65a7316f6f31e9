#pragma once

#include "imagefetcher.h"
#include "testhttpserver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace Storydesk {

// What every image test starts from: a local server, an empty disk cache and a fetcher
// using it. Made afresh per test function, so hit counts and cached bytes start at zero.
// Header-only: only the tests that link the core include it.
class ImageFetcherFixture final
{
public:
    ImageFetcherFixture() { QStandardPaths::setTestModeEnabled(true); }

    TestHttpServer server;
    QTemporaryDir cacheDir;
    ImageFetcher fetcher{nullptr, cacheDir.path()};
};

// The arguments of the signal in `spy` whose first argument is `ticket`, once it has come;
// nullopt when it has not within `timeoutMs`.
template<typename Ticket>
std::optional<QList<QVariant>> waitForTicket(const QSignalSpy &spy, Ticket ticket, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).value<Ticket>() == ticket)
                return args;
        }
        QTest::qWait(10);
    } while (!deadline.hasExpired());
    return std::nullopt;
}

} // namespace Storydesk
