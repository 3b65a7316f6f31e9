#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Storydesk {

// What a web page says about itself in its head: the Open Graph and Twitter card tags,
// <title> and <meta name="description">, used to fill a related entry made from a link.
// Parsing is pure and forgiving: broken markup gives what could be read, never an error.
// Pages are untrusted: everything comes back as plain text, and only absolute http(s)
// pictures (tests/fuzz runs this on arbitrary pages: the pagemetadata target).
struct PageMetadata
{
    QString title;
    QString description;
    QString siteName;
    QString publishedTime;   // article:published_time as the page wrote it
    QUrl image;              // og:image (or twitter:image), resolved against the page
    int imageWidth = -1;     // og:image:width and og:image:height, when given
    int imageHeight = -1;

    bool isEmpty() const;

    // `html` is the page's bytes (or their first part), `contentTypeHeader` its HTTP
    // Content-Type (may be empty), `pageUrl` where it was read from (for relative pictures).
    static PageMetadata parse(const QByteArray &html, const QByteArray &contentTypeHeader, const QUrl &pageUrl = QUrl());
    // The page as text: the charset of the header, else a byte-order mark, else <meta charset>
    // or <meta http-equiv="content-type">, else UTF-8 (windows-1252 when it is not UTF-8).
    // Labels are read as browsers read them: "iso-8859-1" means windows-1252.
    static QString decode(const QByteArray &html, const QByteArray &contentTypeHeader);
};

} // namespace Storydesk
