#pragma once

#include <QByteArray>

// Three stories the duplicate tests share: A and B are the same story from two providers
// (near-identical titles, other links), C is A's own page reached through a feed (the same
// link with tracking parameters, CRLF line ends).
namespace DuplicateStories {

inline const QByteArray StoryA("---\n"
                               "title: \"Detroit renews facial recognition contract\"\n"
                               "webUrl: \"https://news.example/a\"\n"
                               "published: true # front page\n"
                               "quality: 70\n"
                               "provider:\n"
                               "  name: Wire\n"
                               "  domain: news.example\n"
                               "---\n"
                               "Body A.\n");
inline const QByteArray StoryB("---\n"
                               "title: 'Detroit Renews Facial-Recognition Contract'\n"
                               "webUrl: \"https://other.example/b\"\n"
                               "published: true\n"
                               "quality: 50\n"
                               "provider:\n"
                               "  name: Other Wire\n"
                               "  domain: other.example\n"
                               "---\n");
// A's own page, reached through a feed: the same link with tracking parameters.
inline const QByteArray StoryC("---\r\n"
                               "title: \"Council vote on surveillance\"\r\n"
                               "webUrl: \"http://www.news.example/a/?utm_source=rss\"\r\n"
                               "quality: 30\r\n"
                               "---\r\n"
                               "Body C.\r\n");

// A once B is attached to it as related coverage: the entry takes B's title, link, provider
// and quality, and nothing else of A moves.
inline const QByteArray StoryAWithBAttached = QByteArray(StoryA).replace(
    "---\nBody A.\n",
    "related:\n"
    "  - title: \"Detroit Renews Facial-Recognition Contract\"\n"
    "    webUrl: \"https://other.example/b\"\n"
    "    provider:\n"
    "      name: Other Wire\n"
    "      domain: other.example\n"
    "    quality: 50\n"
    "---\nBody A.\n");

} // namespace DuplicateStories
