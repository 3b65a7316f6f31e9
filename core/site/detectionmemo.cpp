#include "detectionmemo.h"

#include "fileidentity.h"
#include "remembereddetection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Storydesk {

namespace {

constexpr qint64 MaxFileBytes = 1 << 20;
const QLatin1String FormatName("storydesk-detection-memo");

QString canonicalOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

// What detection reads, stat'ed before it reads (so a file changed meanwhile only makes the
// memo look older than it is, never newer).
struct Inputs
{
    QString generator;
    QString configFile;
    QStringList sample;
    QJsonArray identities;   // per sampled story: [size, mtimeNs, inode] as strings
    bool complete = true;    // every sampled story could be stat'ed
};

Inputs inputsOf(const QString &siteRoot)
{
    Inputs inputs;
    inputs.generator = FieldDetector::generatorFor(siteRoot, &inputs.configFile);
    inputs.sample = FieldDetector::sampleStories(siteRoot);
    for (const QString &path : std::as_const(inputs.sample)) {
        const FileIdentity identity = FileIdentity::of(path);
        inputs.complete = inputs.complete && identity.isValid();
        // As strings: nanosecond times and inodes do not fit a JSON double exactly.
        inputs.identities.append(QJsonArray{QString::number(identity.size), QString::number(identity.mtimeNs), QString::number(identity.inode)});
    }
    return inputs;
}

} // namespace

DetectionMemo::DetectionMemo(const QString &directory)
    : m_directory(directory)
{
}

QString DetectionMemo::fileFor(const QString &directory, const QString &siteRoot)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalOf(siteRoot).toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".detection.json");
}

FieldDetector::Result DetectionMemo::detect(const QString &siteRoot) const
{
    const QString root = canonicalOf(siteRoot);
    const Inputs inputs = inputsOf(root);
    // The detection's own file format (RememberedDetection), for this site as the folder.
    const RememberedDetection detection(m_directory, root, root);
    const QString path = fileFor(m_directory, root);

    if (QFile file(path); file.size() <= MaxFileBytes && file.open(QIODevice::ReadOnly)) {
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        const QJsonObject memo = document.object();
        const QJsonArray sample = memo.value(QStringLiteral("sample")).toArray();
        bool same = inputs.complete && memo.value(QStringLiteral("format")).toString() == FormatName
            && memo.value(QStringLiteral("version")) == QJsonValue(Version) && memo.value(QStringLiteral("siteRoot")).toString() == root
            && memo.value(QStringLiteral("generator")).toString() == inputs.generator
            && memo.value(QStringLiteral("configFile")).toString() == inputs.configFile && sample.size() == inputs.sample.size()
            && memo.value(QStringLiteral("identities")).toArray() == inputs.identities;
        for (qsizetype i = 0; same && i < sample.size(); ++i)
            same = sample.at(i).toString() == inputs.sample.at(i);
        if (same) {
            const QByteArray kept = QJsonDocument(memo.value(QStringLiteral("detection")).toObject()).toJson(QJsonDocument::Compact);
            if (const std::optional<FieldDetector::Result> result = detection.fromBytes(kept))
                return *result;
        }
    }

    const FieldDetector::Result result = FieldDetector::detect(root, inputs.sample);
    if (inputs.complete && QDir().mkpath(m_directory)) {
        QJsonArray sample;
        for (const QString &story : std::as_const(inputs.sample))
            sample.append(story);
        const QJsonObject memo{
            {QStringLiteral("format"), FormatName},
            {QStringLiteral("version"), Version},
            {QStringLiteral("siteRoot"), root},
            {QStringLiteral("generator"), inputs.generator},
            {QStringLiteral("configFile"), inputs.configFile},
            {QStringLiteral("sample"), sample},
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
