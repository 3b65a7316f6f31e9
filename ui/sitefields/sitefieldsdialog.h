#pragma once

#include "fieldmap.h"
#include "sitefields.h"
#include "yamlvalue.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;

namespace Storydesk {

class StoryStore;

// Settings ▸ Site Fields…: which key of this site's front matter holds each of Storydesk's
// roles, with the current story's value under it, editable. OK saves the map to the site's
// .storydesk/site.yaml (only when it changed) and has the store read the stories with it;
// Cancel changes nothing.
class SiteFieldsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteFieldsDialog)

public:
    // `fields`: the map in use and where it came from; `keys`: the key paths the stories use,
    // offered in each role's list; `story`: the current story's front matter (a map, or null
    // without a current story) whose values the dialog shows.
    SiteFieldsDialog(StoryStore *store, const SiteFields &fields, const QStringList &keys, const YamlValue &story,
                     QWidget *parent = nullptr);

    // The map the dialog's fields describe now.
    FieldMap map() const;
    // What OK could not do (site.yaml not written), empty when it did.
    QString error() const;

    // A role in the editor's words, for labels.
    static QString roleLabel(FieldRole role);
    // The map in use in a phrase: "Hugo site (detected from hugo.toml)", "Story format",
    // "Fields from .storydesk/site.yaml".
    static QString sourceText(const SiteFields &fields);
    // A broken site.yaml (or --fields file) as FILE:LINE:COLUMN: message lines; empty when none.
    static QString problemText(const SiteFields &fields);
    // A value as the dialog shows it: scalars as text, lists joined, maps as JSON.
    static QString valueText(const YamlValue *value);

public Q_SLOTS:
    void accept() override;

private:
    struct RoleRow
    {
        FieldRole role;
        QComboBox *key = nullptr;
        QLabel *value = nullptr;
    };

    QGridLayout *addRoleRows(const QStringList &keys);
    void showValue(const RoleRow &row);

    StoryStore *m_store;
    SiteFields m_fields;
    YamlValue m_story;
    QList<RoleRow> m_rows;
    QCheckBox *m_negated = nullptr;
    QComboBox *m_publishedDefault = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Storydesk
