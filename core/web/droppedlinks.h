#pragma once

#include <QList>
#include <QUrl>

class QMimeData;

namespace Storydesk {

// The web links in what a browser (or any other application) drops: text/uri-list,
// Firefox's text/x-moz-url (UTF-16, "url\ntitle" pairs), the anchors of a text/html
// fragment, or plain text that is one address. Only http(s) links, each once, in order.
namespace DroppedLinks {

QList<QUrl> fromMimeData(const QMimeData *data);

} // namespace DroppedLinks
} // namespace Storydesk
