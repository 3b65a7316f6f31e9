#pragma once

#include <QByteArrayView>

namespace YAML {
class EventHandler;
}

namespace Storydesk {

// Drives a yaml-cpp event handler from libyaml's parser, which reads front matter about six
// times faster. The handler sees the events yaml-cpp's own parser would send, with the same
// marks (byte offsets), anchors and null rules, so the fast summary reader can use either.
// It takes only a subset of YAML that front matter is made of (see the .cpp); whatever lies
// outside it, or libyaml refuses, comes back as false: the caller then parses again with yaml-cpp, which stays the
// judge of what a story's YAML means and words its errors. tst_libyamleventsource and the
// `eventsagree` fuzz target check the agreement.
class LibYamlEventSource
{
public:
    // Sends the first document of `yaml` to `handler`. False when libyaml could not read it
    // exactly as yaml-cpp would; the handler may then have seen part of the events.
    static bool parse(QByteArrayView yaml, YAML::EventHandler &handler);
};

} // namespace Storydesk
