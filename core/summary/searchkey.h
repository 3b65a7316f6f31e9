#pragma once

#include "storysummary.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Storydesk {

// The folded text that free words are searched in and titles are ordered by. It lives with
// the summary because the reader and the store fill it for every story; the query language
// only reads it (see StorySummary::searchKey).
namespace SearchKey {

// Lowercase, compatibility-decomposed text without non-spacing marks: "Égalité" -> "egalite".
QString fold(QStringView text);
// What free words are searched in: the folded title comes first, then the excerpt,
// provider and topics, each on a line of its own.
QByteArray of(const StorySummary &story);
// Orders stories by title ignoring case and accents ("Éel" beside "eel"), then by
// excerpt, cheaply: the search key starts with the folded title and a newline.
int compareTitles(const StorySummary &a, const StorySummary &b);

} // namespace SearchKey
} // namespace Storydesk
