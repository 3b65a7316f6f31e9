#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <string>
#include <vector>

namespace Storydesk {

// Writes down every event a YAML parser sends, one line each, with what a handler can see of
// it: the kind, the byte offset and line of its mark, the tag, the anchor's number, the style
// and the value. Two parsers agree on a text when their recordings are equal.
class YamlEventRecorder final : public YAML::EventHandler
{
public:
    std::vector<std::string> events;

    void OnDocumentStart(const YAML::Mark &mark) override { add("document", mark); }
    void OnDocumentEnd() override { events.push_back("end document"); }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { add("null", mark, {}, anchor); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override { add("alias", mark, {}, anchor); }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override { add("anchor", mark, {}, 0, name); }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        add("scalar", mark, tag, anchor, value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        add(style == YAML::EmitterStyle::Flow ? "flow sequence" : "sequence", mark, tag, anchor);
    }
    void OnSequenceEnd() override { events.push_back("end sequence"); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override
    {
        add(style == YAML::EmitterStyle::Flow ? "flow map" : "map", mark, tag, anchor);
    }
    void OnMapEnd() override { events.push_back("end map"); }

private:
    void add(const char *kind, const YAML::Mark &mark, const std::string &tag = {}, YAML::anchor_t anchor = 0,
             const std::string &value = {})
    {
        std::string line = std::string(kind) + " @" + std::to_string(mark.pos) + " line " + std::to_string(mark.line);
        if (!tag.empty())
            line += " tag " + tag;
        if (anchor)
            line += " &" + std::to_string(anchor);
        if (kind != std::string("null") && kind != std::string("alias") && (!value.empty() || kind == std::string("scalar")))
            line += " \"" + value + '"';
        events.push_back(std::move(line));
    }
};

} // namespace Storydesk
