#pragma once

#include "fielddetector.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Storydesk {

// A site's field detection kept with what it was made from: the generator configuration
// found, the detection's rules (FieldDetector::RulesVersion, the build's version) and each
// sampled story's identity (size, modification and change times, inode, device; the change
// time moves with any write or permission change, and cannot be set back). Detection is a
// function of exactly these, so while they are unchanged the memo is the detection, not a
// guess a later check corrects (the app's RememberedDetection is that). `storydesk-cli`
// runs once and prints: it reuses a memo only this way, and so stops parsing 200 stories
// on every run. A sample with a story modified in the last two seconds is not kept (a
// write in the same tick of a coarse file system clock would leave its identity as it
// was). Kept in the index's directory, a file a site root; a file of another site, another
// version or broken in any way reads as no memo.
class DetectionMemo
{
public:
    static constexpr int Version = 1;

    explicit DetectionMemo(const QString &directory);

    // The detection of `siteRoot`: the memo's when its sample and configuration are as they
    // were, else made now (FieldDetector::detect) and kept for the next run.
    FieldDetector::Result detect(const QString &siteRoot) const;

    // The memo file of `siteRoot` in `directory` (whether it exists or not).
    static QString fileFor(const QString &directory, const QString &siteRoot);

private:
    QString m_directory;
};

} // namespace Storydesk
