#pragma once

#include <QByteArray>

namespace Storydesk::UnprivilegedRun {

// Root reads and writes past permission bits, so the tests of unreadable files and
// read-only folders prove nothing when run as root (as CI runs them). Run as root, such a
// test calls this to run itself again as the unprivileged user nobody, where the bits hold.

// Whether this process runs as root, so that permission bits do not bind it.
bool isRoot();

// What the run as nobody came to.
struct Run
{
    bool passed = false;   // the test function ran, passed, and skipped nothing
    QByteArray output;     // the child's test log (or why it could not run), for a failure message
};

// Runs the test function now running (with its data row, if any) in a copy of this test
// executable as nobody (setpriv from util-linux), with a home of nobody's own.
Run currentTestAsNobody(int timeoutMs = 300000);

} // namespace Storydesk::UnprivilegedRun
