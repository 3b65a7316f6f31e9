// A second process for the tests that need one: something that saves while it is killed,
// or another editor changing a folder while Storydesk has it open.
//
//   storydesk-testhelper save-loop FILE
//       toggles FILE's `published` and saves it, again and again, until killed; prints
//       "saving" once the first save is done
//   storydesk-testhelper churn FOLDER REWRITE DELETE
//       rewrites REWRITE of the folder's stories (a new title and quality, saved the way
//       Storydesk saves) and deletes DELETE others, spread over the folder; prints
//       "rewrote N deleted M"

#include "storydocument.h"
#include "storyscanner.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Storydesk;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "storydesk-testhelper: %s\n", qPrintable(message));
    return 1;
}

int saveLoop(const QString &file)
{
    std::optional<StoryDocument> doc = StoryDocument::load(file);
    if (!doc || !doc->frontMatter().isEditable())
        return fail(QStringLiteral("cannot edit %1").arg(file));
    const YamlPath published({QStringLiteral("published")});
    for (qint64 round = 0;; ++round) {
        const std::optional<bool> now = doc->frontMatter().valueAt(published).value_or(YamlValue()).toBool();
        QString error;
        if (!doc->frontMatter().set(published, YamlValue::boolean(!now.value_or(false)), &error))
            return fail(error);
        if (doc->save(&error) != StoryDocument::SaveResult::Saved)
            return fail(error);
        if (round == 0) {
            std::puts("saving");
            std::fflush(stdout);
        }
    }
}

int churn(const QString &folder, int rewrite, int remove)
{
    QStringList stories = StoryScanner(folder).scan();
    stories.sort();
    if (stories.size() < rewrite + remove)
        return fail(QStringLiteral("%1 has only %2 stories").arg(folder).arg(stories.size()));
    // Every k-th story is rewritten and the one after it deleted, so both are spread over
    // every directory of the folder.
    const qsizetype step = stories.size() / qMax(rewrite, remove);
    int rewritten = 0;
    int removed = 0;
    for (qsizetype i = 0; i + 1 < stories.size() && (rewritten < rewrite || removed < remove); i += step) {
        if (rewritten < rewrite) {
            std::optional<StoryDocument> doc = StoryDocument::load(stories.at(i));
            const YamlPath title({QStringLiteral("title")});
            QString error;
            if (!doc || !doc->frontMatter().set(title, YamlValue::string(QStringLiteral("Rewritten %1").arg(i)), &error)
                || !doc->frontMatter().set(YamlPath({QStringLiteral("quality")}), YamlValue::integer(i % 101), &error)
                || doc->save(&error) != StoryDocument::SaveResult::Saved)
                return fail(QStringLiteral("cannot rewrite %1: %2").arg(stories.at(i), error));
            ++rewritten;
        }
        if (removed < remove) {
            if (!QFile::remove(stories.at(i + 1)))
                return fail(QStringLiteral("cannot delete %1").arg(stories.at(i + 1)));
            ++removed;
        }
    }
    std::printf("rewrote %d deleted %d\n", rewritten, removed);
    return rewritten == rewrite && removed == remove ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == QLatin1StringView("save-loop"))
        return saveLoop(args.at(2));
    if (args.size() == 5 && args.at(1) == QLatin1StringView("churn"))
        return churn(args.at(2), args.at(3).toInt(), args.at(4).toInt());
    return fail(QStringLiteral("usage: storydesk-testhelper save-loop FILE | churn FOLDER REWRITE DELETE"));
}
