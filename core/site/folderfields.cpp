#include "folderfields.h"

#include "remembereddetection.h"
#include "sitefieldsloader.h"

namespace Storydesk {

FolderFields::FolderFields(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

FolderFields::~FolderFields()
{
    cancel();
    // The worker posts to this object: it must be done before it goes.
    m_pool.waitForDone();
}

void FolderFields::open(const Request &request, quint64 generation)
{
    cancel();
    const bool adopt = m_adopt && request.folder == m_request.folder;
    m_current = generation;
    m_request = request;
    // The site may reach above the folder (content/ of a Hugo site): its site.yaml and
    // generator configuration are there; the keys are sampled from the folder's stories.
    m_siteRoot = SiteFieldsLoader::findSiteRoot(request.folder);
    if (adopt) {
        m_fields = compose(request, m_siteRoot, *m_adopt);
        return;
    }
    std::optional<RememberedDetection> memory;
    if (!request.memoryDirectory.isEmpty()) {
        memory.emplace(request.memoryDirectory, request.folder, m_siteRoot);
        if (std::optional<FieldDetector::Result> remembered = memory->read()) {
            m_pendingCheck = std::move(remembered);
            m_fields = compose(request, m_siteRoot, *m_pendingCheck);
            return;
        }
    }
    // Nothing remembered: detected now, so a folder's first open is exactly what it was.
    const FieldDetector::Result detected = FieldDetector::detect(m_siteRoot, FieldDetector::sampleStories(request.folder));
    if (memory)
        m_pool.start([memory = *memory, detected] { memory.write(detected); });
    m_fields = compose(request, m_siteRoot, detected);
}

void FolderFields::startCheck()
{
    if (!m_pendingCheck)
        return;
    m_checking = true;
    m_pool.start([this, request = m_request, siteRoot = m_siteRoot, remembered = std::move(*m_pendingCheck), generation = quint64(m_current)] {
        if (m_current != generation)
            return;   // another folder opened (or this one again) while it was queued
        Checked checked;
        checked.generation = generation;
        checked.detected = FieldDetector::detect(siteRoot, FieldDetector::sampleStories(request.folder));
        // Kept whatever happens to the result: it is this folder's detection either way.
        if (!(checked.detected == remembered))
            RememberedDetection(request.memoryDirectory, request.folder, siteRoot).write(checked.detected);
        checked.fields = compose(request, siteRoot, checked.detected);
        QMetaObject::invokeMethod(this, [this, checked] { finishCheck(checked); }, Qt::QueuedConnection);
    });
    m_pendingCheck.reset();
}

void FolderFields::cancel()
{
    m_current = 0;
    m_pendingCheck.reset();
    m_checking = false;
}

void FolderFields::finishCheck(const Checked &result)
{
    if (result.generation != m_current)
        return;
    m_checking = false;
    m_current = 0;
    if (result.fields.map == m_fields.map) {
        m_fields = result.fields;   // the sampled keys and the reasons, as they are now
        return;
    }
    // A slot that opens the folder again gets this detection from open().
    m_adopt = result.detected;
    Q_EMIT mapChanged(result.generation);
    m_adopt.reset();
}

SiteFields FolderFields::compose(const Request &request, const QString &siteRoot, const FieldDetector::Result &detected)
{
    SiteFields fields = SiteFieldsLoader::loadOver(siteRoot, detected, request.overrideFile);
    if (request.map) {
        fields.map = *request.map;
        fields.source = SiteFields::Source::Override;
    }
    return fields;
}

} // namespace Storydesk
