#pragma once

#include <QStringList>

class QTextStream;

namespace Storydesk {

// The newsroom's merge commands of storydesk-cli: `merge-file`, the merge driver git runs
// for story files, and `git-setup`, which registers it in a repository.
namespace MergeCommands {

// merge-file [-p] [-L OURS [-L BASE [-L THEIRS]]] [--marker-size N] BASE OURS THEIRS
int mergeFile(const QStringList &args, QTextStream &out, QTextStream &err);
// git-setup FOLDER
int gitSetup(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace MergeCommands
} // namespace Storydesk
