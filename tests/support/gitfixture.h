#pragma once

#include "gitprocess.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Storydesk::GitFixture {

// Cuts the tests off the machine's global and system git config (a global pull.rebase or
// identity would change what they see): call once in initTestCase.
void isolateFromUserConfig();

// git in `dir`; a failure is printed as a warning with git's words.
GitResult git(const QString &dir, const QStringList &arguments, const QByteArray &input = QByteArray());
bool run(const QString &dir, const QStringList &arguments);
bool setIdentity(const QString &dir, const QString &name);

// Writes the files (relative paths) under `dir`, adds them and commits.
bool commitFiles(const QString &dir, const QMap<QString, QByteArray> &files, const QString &message);

// A newsroom: a bare repository `remote.git` and two clones `a` and `b` under `root`, each
// with its own identity ("Ana Ruiz", "Ben Ode"), on branch main tracking origin/main, all
// holding `files` in one first commit.
struct Team
{
    QString remote;
    QString a;
    QString b;
};
bool makeTeam(const QString &root, const QMap<QString, QByteArray> &files, Team *team);

// A story with the triage fields the tests change.
QByteArray story(const QString &title, bool published = false, int quality = 50,
                 const QStringList &topics = {}, const QByteArray &body = "Body.\n");

} // namespace Storydesk::GitFixture
