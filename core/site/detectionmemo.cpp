#include "detectionmemo.h"

#include "remembereddetection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

namespace Storydesk {

namespace {

constexpr qint64 MaxFileBytes = 1 << 20;
const QLatin1String FormatName("storydesk-detection-memo");

// Younger than this, a sampled story may still change within its timestamp's tick.
constexpr qint64 SettledNs = 2'000'000'000;

// What detection reads, stat'ed before it reads (so a file changed meanwhile only makes the
// memo look older than it is, never newer).
struct Inputs
{
    QString generator;
    QString configFile;
    QStringList sample;
    QJsonArray identities;   // per sampled story, as strings (nanoseconds and inodes do not fit a double)
    bool complete = true;    // every sampled story could be stat'ed
    qint64 newestNs = 0;     // the latest modification time among them
};

Inputs inputsOf(const QString &siteRoot)
{
    Inputs inputs;
    inputs.generator = FieldDetector::generatorFor(siteRoot, &inputs.configFile);
    inputs.sample = FieldDetector::sampleStories(siteRoot);
    for (const QString &path : std::as_const(inputs.sample)) {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
            inputs.complete = false;
            continue;
        }
        const qint64 modified = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
        const qint64 changed = qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
        inputs.newestNs = qMax(inputs.newestNs, modified);
        inputs.identities.append(QJsonArray{QString::number(qint64(st.st_size)), QString::number(modified), QString::number(changed),
                                            QString::number(quint64(st.st_ino)), QString::number(quint64(st.st_dev))});
    }
    return inputs;
}

// The rules a detection was made by: this build's.
QString rules()
{
    return QStringLiteral("%1 %2").arg(FieldDetector::RulesVersion).arg(QLatin1String(STORYDESK_VERSION));
}

} // namespace

DetectionMemo::DetectionMemo(const QString &directory)
    : m_directory(directory)
{
}

QString DetectionMemo::fileFor(const QString &directory, const QString &siteRoot)
{
    return directory + QLatin1Char('/') + RememberedDetection::keyOf(siteRoot) + QStringLiteral(".detection.json");
}

FieldDetector::Result DetectionMemo::detect(const QString &siteRoot) const
{
    const QString root = RememberedDetection::canonicalOf(siteRoot);
    const Inputs inputs = inputsOf(root);
    // The detection's own file format (RememberedDetection), for this site as the folder.
    const RememberedDetection detection(m_directory, root, root);
    const QString path = fileFor(m_directory, root);

    if (QFile file(path); file.size() <= MaxFileBytes && file.open(QIODevice::ReadOnly)) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        const QJsonObject memo = document.object();
        const bool same = inputs.complete && memo.value(QStringLiteral("format")).toString() == FormatName
            && memo.value(QStringLiteral("version")) == QJsonValue(Version) && memo.value(QStringLiteral("rules")).toString() == rules()
            && memo.value(QStringLiteral("siteRoot")).toString() == root
            && memo.value(QStringLiteral("generator")).toString() == inputs.generator
            && memo.value(QStringLiteral("configFile")).toString() == inputs.configFile
            && memo.value(QStringLiteral("sample")).toArray() == QJsonArray::fromStringList(inputs.sample)
            && memo.value(QStringLiteral("identities")).toArray() == inputs.identities;
        if (same) {
            const QByteArray kept = QJsonDocument(memo.value(QStringLiteral("detection")).toObject()).toJson(QJsonDocument::Compact);
            if (const std::optional<FieldDetector::Result> result = detection.fromBytes(kept))
                return *result;
        }
    }

    const FieldDetector::Result result = FieldDetector::detect(root, inputs.sample);
    const bool settled = inputs.newestNs < QDateTime::currentMSecsSinceEpoch() * 1'000'000 - SettledNs;
    if (inputs.complete && settled && QDir().mkpath(m_directory)) {
        const QJsonObject memo{
            {QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), Version},
            {QStringLiteral("rules"), rules()},
            {QStringLiteral("siteRoot"), root},
            {QStringLiteral("generator"), inputs.generator},
            {QStringLiteral("configFile"), inputs.configFile},
            {QStringLiteral("sample"), QJsonArray::fromStringList(inputs.sample)},
            {QStringLiteral("identities"), inputs.identities},
            {QStringLiteral("detection"), QJsonDocument::fromJson(detection.toBytes(result)).object()},
        };
        const QByteArray bytes = QJsonDocument(memo).toJson(QJsonDocument::Compact);
        QSaveFile file(path);
        // A memo that cannot be written only costs the next run a detection.
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
            file.commit();
    }
    return result;
}

} // namespace Storydesk
