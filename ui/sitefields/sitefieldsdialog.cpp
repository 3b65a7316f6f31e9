#include "sitefieldsdialog.h"

#include "plaintext.h"
#include "sitefieldsloader.h"
#include "storystore.h"
#include "yamlpath.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Storydesk {

namespace {

// A value cell shows a line of what the story holds, never a page of it.
constexpr qsizetype MaximumValueText = 120;

QString generatorName(const QString &generator)
{
    if (generator == QLatin1String("hugo"))
        return QStringLiteral("Hugo");
    if (generator == QLatin1String("jekyll"))
        return QStringLiteral("Jekyll");
    return generator;
}

QString shownFile(const SiteFields &fields, const QString &file)
{
    // Under the site, as the editor finds it there; elsewhere (a --fields file) in full.
    if (!fields.siteRoot.isEmpty() && QFileInfo(file).isAbsolute()) {
        const QString relative = QDir(fields.siteRoot).relativeFilePath(file);
        if (!relative.startsWith(QLatin1String("..")))
            return QDir::toNativeSeparators(relative);
    }
    return QDir::toNativeSeparators(file);
}

} // namespace

SiteFieldsDialog::SiteFieldsDialog(StoryStore *store, const SiteFields &fields, const QStringList &keys, const YamlValue &story,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_fields(fields)
    , m_story(story)
{
    setObjectName(QStringLiteral("siteFieldsDialog"));
    setWindowTitle(tr("Site Fields"));
    auto *layout = new QVBoxLayout(this);

    auto *source = new QLabel(sourceText(fields), this);
    source->setObjectName(QStringLiteral("siteFieldsSource"));
    source->setTextFormat(Qt::PlainText);
    QFont bold = source->font();
    bold.setBold(true);
    source->setFont(bold);
    layout->addWidget(source);

    auto *problems = new QLabel(problemText(fields), this);
    problems->setObjectName(QStringLiteral("siteFieldsProblems"));
    problems->setTextFormat(Qt::PlainText);
    problems->setWordWrap(true);
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problems->setAccessibleName(tr("Problems in the site's fields file"));
    problems->setVisible(!problems->text().isEmpty());
    layout->addWidget(problems);

    auto *intro = new QLabel(tr("Each of Storydesk's fields reads the key on the right from every story of this site. "
                                "Leave a key empty where the site has no such field: it is then left out of the "
                                "table and the form."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addLayout(addRoleRows(keys));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("siteFieldsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("siteFieldsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the site's fields"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without changing the site's fields"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteFieldsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteFieldsDialog::reject);
    layout->addWidget(buttons);
}

QGridLayout *SiteFieldsDialog::addRoleRows(const QStringList &keys)
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    int line = 0;
    const auto heading = [this, grid, &line](const QString &text, int column) {
        auto *label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, line, column);
    };
    heading(tr("Field"), 0);
    heading(tr("Key"), 1);
    heading(m_story.isMap() ? tr("This story") : tr("This story (none selected)"), 2);
    ++line;

    const FieldMap &map = m_fields.map;
    for (int i = 0; i < FieldRoleCount; ++i) {
        const FieldRole role = FieldMap::role(i);
        const QString name = QString(FieldMap::roleName(role));
        auto *label = new QLabel(roleLabel(role) + tr(":"), this);
        auto *key = new QComboBox(this);
        key->setObjectName(QStringLiteral("siteFieldKey_%1").arg(name));
        key->setEditable(true);
        key->setInsertPolicy(QComboBox::NoInsert);
        key->addItems(keys);
        key->lineEdit()->setPlaceholderText(tr("not used"));
        key->setCurrentText(map.isBound(role) ? map.binding(role).path.toString() : QString());
        key->setMinimumContentsLength(18);
        key->setAccessibleName(tr("Key for %1").arg(roleLabel(role)));
        key->lineEdit()->setAccessibleName(key->accessibleName());   // where the typing goes
        key->setToolTip(m_fields.reasons[size_t(i)].isEmpty() ? QString() : tr("Why: %1").arg(m_fields.reasons[size_t(i)]));
        label->setBuddy(key);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("siteFieldValue_%1").arg(name));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(tr("%1 in this story").arg(roleLabel(role)));
        grid->addWidget(label, line, 0);
        grid->addWidget(key, line, 1);
        grid->addWidget(value, line, 2);
        ++line;
        m_rows.append({role, key, value});
        connect(key, &QComboBox::currentTextChanged, this, [this, row = m_rows.size() - 1] { showValue(m_rows.at(row)); });

        if (role != FieldRole::Published)
            continue;
        // What the published key says, and what a story without it is.
        m_negated = new QCheckBox(tr("The key means not published (as Hugo's draft)"), this);
        m_negated->setObjectName(QStringLiteral("siteFieldsNegated"));
        m_negated->setAccessibleName(tr("Published key means not published"));
        m_negated->setChecked(map.binding(FieldRole::Published).negated);
        m_publishedDefault = new QComboBox(this);
        m_publishedDefault->setObjectName(QStringLiteral("siteFieldsPublishedDefault"));
        m_publishedDefault->setAccessibleName(tr("A story without the published key is"));
        m_publishedDefault->addItem(tr("Without the key: undecided"), QVariant());
        m_publishedDefault->addItem(tr("Without the key: published"), true);
        m_publishedDefault->addItem(tr("Without the key: not published"), false);
        const std::optional<bool> fallback = map.publishedDefault();
        m_publishedDefault->setCurrentIndex(!fallback ? 0 : *fallback ? 1 : 2);
        grid->addWidget(m_negated, line, 1);
        grid->addWidget(m_publishedDefault, line, 2, Qt::AlignLeft);
        ++line;
        const auto update = [this, row = m_rows.size() - 1] { showValue(m_rows.at(row)); };
        connect(m_negated, &QCheckBox::toggled, this, update);
        connect(m_publishedDefault, &QComboBox::currentIndexChanged, this, update);
    }
    for (const RoleRow &row : std::as_const(m_rows))
        showValue(row);
    return grid;
}

void SiteFieldsDialog::showValue(const RoleRow &row)
{
    const QString text = row.key->currentText().trimmed();
    if (text.isEmpty()) {
        row.value->setText(QString());
        return;
    }
    const std::optional<YamlPath> path = YamlPath::parse(text);
    if (!path) {
        row.value->setText(tr("not a key"));
        return;
    }
    if (!m_story.isMap()) {
        row.value->setText(QString());
        return;
    }
    const YamlValue *value = m_story.at(*path);
    QString shown = value ? valueText(value) : tr("(not in this story)");
    if (row.role == FieldRole::Published && m_negated && m_publishedDefault) {
        // What the value means on this site: the point of negation and the default.
        std::optional<bool> published = m_publishedDefault->currentData().isValid()
                                            ? std::optional<bool>(m_publishedDefault->currentData().toBool())
                                            : std::nullopt;
        if (value)
            published = value->toBool() ? std::optional<bool>(m_negated->isChecked() ? !*value->toBool() : *value->toBool()) : std::nullopt;
        if (published)
            shown = tr("%1 — %2").arg(shown, *published ? tr("published") : tr("not published"));
    }
    row.value->setText(shown);
}

FieldMap SiteFieldsDialog::map() const
{
    FieldMap map = m_fields.map;
    for (const RoleRow &row : m_rows) {
        const std::optional<YamlPath> path = YamlPath::parse(row.key->currentText().trimmed());
        FieldBinding binding;
        if (path)
            binding.path = *path;
        if (row.role == FieldRole::Published)
            binding.negated = path && m_negated->isChecked();
        map.bind(row.role, binding);
    }
    const QVariant fallback = m_publishedDefault->currentData();
    map.setPublishedDefault(fallback.isValid() ? std::optional<bool>(fallback.toBool()) : std::nullopt);
    return map;
}

QString SiteFieldsDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SiteFieldsDialog::accept()
{
    m_error->hide();
    for (const RoleRow &row : std::as_const(m_rows)) {
        const QString text = row.key->currentText().trimmed();
        if (!text.isEmpty() && !YamlPath::parse(text)) {
            m_error->setText(tr("“%1” is not a key (write a key path such as tags or cover.image)").arg(PlainText::singleLine(text)));
            m_error->show();
            row.key->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    const FieldMap chosen = map();
    // Saved only when the editor changed something: a detected map stays detected.
    if (chosen != m_fields.map) {
        const QString root = m_fields.siteRoot.isEmpty() && m_store ? m_store->folder() : m_fields.siteRoot;
        if (const std::optional<QString> failed = SiteFieldsLoader::save(root, chosen)) {
            m_error->setText(tr("The site's fields could not be saved: %1").arg(*failed));
            m_error->show();
            return;
        }
        if (m_store)
            m_store->setFieldMap(chosen);
    }
    QDialog::accept();
}

QString SiteFieldsDialog::roleLabel(FieldRole role)
{
    switch (role) {
    case FieldRole::Title: return tr("Title");
    case FieldRole::Excerpt: return tr("Excerpt");
    case FieldRole::Date: return tr("Date");
    case FieldRole::Published: return tr("Published");
    case FieldRole::Topics: return tr("Topics");
    case FieldRole::Category: return tr("Category");
    case FieldRole::Type: return tr("Type");
    case FieldRole::ProviderName: return tr("Provider name");
    case FieldRole::ProviderDomain: return tr("Provider domain");
    case FieldRole::Quality: return tr("Quality");
    case FieldRole::Heat: return tr("Heat");
    case FieldRole::Link: return tr("Link");
    case FieldRole::Image: return tr("Picture");
    case FieldRole::Related: return tr("Related coverage");
    }
    return {};
}

QString SiteFieldsDialog::sourceText(const SiteFields &fields)
{
    switch (fields.source) {
    case SiteFields::Source::StoryFormat:
        return tr("Story format");
    case SiteFields::Source::Detected: {
        const QString generator = generatorName(fields.generator);
        if (generator.isEmpty())
            return tr("Detected from the stories' keys");
        if (fields.configFile.isEmpty())
            return tr("%1 site (detected)").arg(generator);
        return tr("%1 site (detected from %2)").arg(generator, shownFile(fields, fields.configFile));
    }
    case SiteFields::Source::SiteFile:
        return tr("Fields from %1").arg(shownFile(fields, fields.siteFilePath));
    case SiteFields::Source::Override:
        return tr("Fields from %1").arg(shownFile(fields, fields.problemsFile.isEmpty() ? fields.siteFilePath : fields.problemsFile));
    }
    return {};
}

QString SiteFieldsDialog::problemText(const SiteFields &fields)
{
    if (fields.problems.isEmpty())
        return {};
    QStringList lines;
    const QString file = shownFile(fields, fields.problemsFile);
    for (const Problem &problem : fields.problems)
        lines.append(QStringLiteral("%1:%2:%3: %4").arg(file).arg(problem.line).arg(problem.column).arg(problem.message));
    lines.append(tr("The fields detected from the site are used until the file is fixed."));
    return lines.join(QLatin1Char('\n'));
}

QString SiteFieldsDialog::valueText(const YamlValue *value)
{
    if (!value || value->isNull())
        return {};
    if (value->isScalar())
        return PlainText::singleLine(value->text(), MaximumValueText);
    if (value->isSequence()) {
        QStringList items;
        for (const YamlValue &item : value->items())
            items.append(item.isScalar() ? item.text() : QString::fromUtf8(item.toJson()));
        return PlainText::singleLine(items.join(QStringLiteral(", ")), MaximumValueText);
    }
    return PlainText::singleLine(QString::fromUtf8(value->toJson()), MaximumValueText);
}

} // namespace Storydesk
