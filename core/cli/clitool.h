#pragma once

#include <QStringList>

class QTextStream;

namespace Storydesk {

class TopicRename;

// storydesk-cli: the core's commands for scripts and pipelines, without a display.
// Output and errors go to the streams given, so tests can run it in-process too.
class CliTool
{
public:
    enum ExitCode { Success = 0, DataProblem = 1, UsageError = 2 };

    // Runs with the streams bound to stdout and stderr.
    int run(const QStringList &arguments);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    int get(const QStringList &args, QTextStream &out, QTextStream &err);
    int set(const QStringList &args, QTextStream &out, QTextStream &err);
    int unset(const QStringList &args, QTextStream &out, QTextStream &err);
    int list(const QStringList &args, QTextStream &out, QTextStream &err);
    int check(const QStringList &args, QTextStream &out, QTextStream &err);
    int relate(const QStringList &args, QTextStream &out, QTextStream &err);
    int unrelate(const QStringList &args, QTextStream &out, QTextStream &err);
    int index(const QStringList &args, QTextStream &out, QTextStream &err);
    int duplicates(const QStringList &args, QTextStream &out, QTextStream &err);
    int renameTopic(const QStringList &args, QTextStream &out, QTextStream &err);
    int mergeTopics(const QStringList &args, QTextStream &out, QTextStream &err);
    int renameTopics(const TopicRename &rename, const QStringList &paths, bool dryRun, QTextStream &out, QTextStream &err);

    bool m_useIndex = true;   // false with --no-index
};

} // namespace Storydesk
