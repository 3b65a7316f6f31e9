#include "sitefieldsloader.h"

#include "fielddetector.h"
#include "sitefieldsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Storydesk {

namespace {

// Applies the file at `path` over fields->map; false when it has problems (kept in fields).
bool applyFile(SiteFields *fields, const QString &path, const QString &reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fields->problems = {Problem{Problem::Severity::Error, 0, 0, QCoreApplication::translate("Storydesk::SiteFieldsLoader", "cannot read the file: %1").arg(file.errorString())}};
        fields->problemsFile = path;
        return false;
    }
    const SiteFieldsFile::Parsed parsed = SiteFieldsFile::parse(file.readAll(), fields->map);
    if (!parsed.problems.isEmpty()) {
        fields->problems = parsed.problems;
        fields->problemsFile = path;
        return false;
    }
    fields->map = parsed.map;
    for (int i = 0; i < FieldRoleCount; ++i) {
        if (parsed.listed[i])
            fields->reasons[i] = reason;
    }
    return true;
}

} // namespace

SiteFields SiteFieldsLoader::load(const QString &siteRoot, const QString &overrideFile, const QStringList &storyPaths)
{
    const QString root = QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    return loadOver(root, FieldDetector::detect(root, storyPaths), overrideFile);
}

SiteFields SiteFieldsLoader::loadOver(const QString &siteRoot, const FieldDetector::Result &detected, const QString &overrideFile)
{
    SiteFields fields;
    fields.siteRoot = QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    fields.siteFilePath = SiteFieldsFile::pathIn(fields.siteRoot);
    fields.map = detected.map;
    fields.generator = detected.generator;
    fields.configFile = detected.configFile;
    fields.keysInUse = detected.keysInUse;
    fields.reasons = detected.reasons;
    fields.source = detected.storyFormat ? SiteFields::Source::StoryFormat : SiteFields::Source::Detected;
    if (QFileInfo(fields.siteFilePath).isFile() && applyFile(&fields, fields.siteFilePath, QStringLiteral(".storydesk/site.yaml")))
        fields.source = SiteFields::Source::SiteFile;
    if (!overrideFile.isEmpty()) {
        SiteFields over = fields;
        over.problems.clear();
        if (applyFile(&over, QFileInfo(overrideFile).absoluteFilePath(), QFileInfo(overrideFile).fileName())) {
            over.problems = fields.problems;
            over.source = SiteFields::Source::Override;
            fields = over;
        } else {
            fields.problems = over.problems;
            fields.problemsFile = over.problemsFile;
        }
    }
    return fields;
}

QString SiteFieldsLoader::findSiteRoot(const QString &fileOrFolder)
{
    const QFileInfo info(fileOrFolder);
    const QString start = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    QDir dir(start);
    for (;;) {
        if (QFileInfo(dir.filePath(QStringLiteral(".storydesk"))).isDir() || FieldDetector::hasGeneratorConfig(dir.absolutePath())
            || dir.exists(QStringLiteral(".git")))
            return dir.absolutePath();
        if (!dir.cdUp())
            return start;
    }
}

std::optional<QString> SiteFieldsLoader::save(const QString &siteRoot, const FieldMap &map)
{
    const QString path = SiteFieldsFile::pathIn(siteRoot);
    QByteArray current;
    if (QFile file(path); file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return path + QStringLiteral(": ") + file.errorString();
        current = file.readAll();
    }
    QString error;
    const std::optional<QByteArray> written = SiteFieldsFile::edited(current, map, &error);
    if (!written)
        return path + QLatin1Char(':') + error;
    if (*written == current && QFileInfo::exists(path))
        return std::nullopt;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*written) != written->size() || !out.commit())
        return path + QStringLiteral(": ") + out.errorString();
    return std::nullopt;
}

FieldMap SiteFieldsLoader::detect(const QString &siteRoot, const QStringList &storyPaths)
{
    return FieldDetector::detect(siteRoot, storyPaths).map;
}

QStringList SiteFieldsLoader::problemLines(const SiteFields &fields)
{
    QStringList lines;
    for (const Problem &p : fields.problems)
        lines.append(QStringLiteral("%1:%2:%3: %4").arg(fields.problemsFile).arg(p.line).arg(p.column).arg(p.message));
    return lines;
}

} // namespace Storydesk
