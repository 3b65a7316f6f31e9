#pragma once

#include "storysummary.h"

#include <QStringList>

namespace Storydesk::TestSummaries {

// Every field of a summary, one a line: two summaries are the same when their descriptions
// are, and a failing comparison shows which field differs.
inline QString describe(const StorySummary &s)
{
    QStringList problems;
    for (const Problem &p : s.problems)
        problems.append(QStringLiteral("%1:%2:%3:%4").arg(int(p.severity)).arg(p.line).arg(p.column).arg(p.message));
    return QStringList{s.path, s.title, QString::fromUtf8(s.excerpt), s.category, s.type, s.providerName, s.providerDomain, QString::fromUtf8(s.webUrl),
                       QString::fromUtf8(s.imageUrl), QString::number(s.imageWidth), QString::number(s.imageHeight), QString::fromUtf8(s.providerLogoUrl),
                       s.topics.join(QLatin1Char('|')),
                       s.publishedDateTime.isValid() ? QString::number(s.publishedDateTime.toMSecsSinceEpoch()) : QString(),
                       QString::number(s.quality), QString::number(s.heat), QString::number(int(s.published)),
                       QString::number(s.relatedCount), QString::number(s.identity.size),
                       QString::number(s.identity.mtimeNs), QString::number(s.identity.inode), problems.join(QLatin1Char('|')),
                       s.broken ? QStringLiteral("broken") : QStringLiteral("ok"), QString::fromUtf8(s.searchKey)}
        .join(QLatin1Char('\n'));
}

} // namespace Storydesk::TestSummaries
