#include "sitefieldscontroller.h"

#include "plaintext.h"
#include "sitefieldsdialog.h"
#include "storyeditor.h"
#include "storystore.h"
#include "yamlpath.h"

#include <QLabel>
#include <QSet>
#include <QStatusBar>

namespace Storydesk {

namespace {

constexpr int NoticeTimeout = 5000;

void collectKeys(const YamlValue &value, const QString &prefix, int depth, QStringList &keys)
{
    // Three levels reach every binding the presets use (images.0.url) without listing a
    // related entry's every field.
    if (depth > 3)
        return;
    if (value.isMap()) {
        for (const YamlValue::Entry &entry : value.entries()) {
            const QString key = prefix.isEmpty() ? entry.first : prefix + QLatin1Char('.') + entry.first;
            keys.append(key);
            collectKeys(entry.second, key, depth + 1, keys);
        }
    } else if (value.isSequence() && !value.items().isEmpty() && !prefix.isEmpty()) {
        const QString first = prefix + QStringLiteral(".0");
        keys.append(first);
        collectKeys(value.items().constFirst(), first, depth + 1, keys);
    }
}

} // namespace

SiteFieldsController::SiteFieldsController(QWidget *window, QStatusBar *statusBar, StoryStore *store, StoryEditor *editor,
                                           std::function<QString()> currentStory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_editor(editor)
    , m_currentStory(std::move(currentStory))
    , m_label(new QLabel(statusBar))
{
    m_label->setObjectName(QStringLiteral("siteFieldsLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Site fields"));
    statusBar->addPermanentWidget(m_label);
    // A folder opened, or a map applied: the load starts with the site's map in place.
    connect(store, &StoryStore::loadStarted, this, &SiteFieldsController::updateStatus);
    updateStatus();
}

QStringList SiteFieldsController::keysOf(const YamlValue &frontMatter)
{
    QStringList keys;
    collectKeys(frontMatter, QString(), 0, keys);
    return keys;
}

void SiteFieldsController::updateStatus()
{
    const SiteFields &fields = m_store->siteFields();
    const QString problems = SiteFieldsDialog::problemText(fields);
    if (!problems.isEmpty()) {
        // Loud enough to be seen, never in the way: the stories load with the detected map.
        m_label->setText(tr("⚠ %1").arg(PlainText::singleLine(problems.section(QLatin1Char('\n'), 0, 0))));
        m_label->setToolTip(PlainText::toolTip(problems));
        m_label->setVisible(true);
        return;
    }
    // The story format is the default: nothing worth a word in the status bar.
    m_label->setText(fields.source == SiteFields::Source::StoryFormat ? QString() : SiteFieldsDialog::sourceText(fields));
    m_label->setToolTip(tr("The site's fields: Settings ▸ Site Fields…"));
    m_label->setVisible(!m_label->text().isEmpty());
}

void SiteFieldsController::openDialog()
{
    const QString path = m_currentStory ? m_currentStory() : QString();
    YamlValue story;
    if (!path.isEmpty()) {
        if (std::optional<YamlValue> root = m_editor->value(path, YamlPath()); root && root->isMap())
            story = std::move(*root);
    }
    // The keys this story uses first, then those the site's stories use, then those of the
    // map in use and of the presets.
    QStringList keys = keysOf(story) + m_store->siteFields().keysInUse;
    for (const FieldMap &map : {m_store->fieldMap(), FieldMap::storyFormat(), FieldMap::hugo(), FieldMap::jekyll()}) {
        for (int i = 0; i < FieldRoleCount; ++i) {
            if (map.isBound(FieldMap::role(i)))
                keys.append(map.binding(FieldMap::role(i)).path.toString());
        }
    }
    QSet<QString> seen;
    keys.removeIf([&seen](const QString &key) {
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
    auto *dialog = new SiteFieldsDialog(m_store, m_store->siteFields(), keys, story, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        updateStatus();
        Q_EMIT notice(tr("Site fields saved"), NoticeTimeout);
    });
    dialog->open();
}

} // namespace Storydesk
