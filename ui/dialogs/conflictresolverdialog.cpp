#include "conflictresolverdialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Storydesk {

namespace {

QString shown(const QByteArray &lines)
{
    QString text = QString::fromUtf8(lines);
    text.remove(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);   // labels and keys come from the file
    return label;
}

// A text box as tall as its lines (within reason), in the source view's fixed font.
QPlainTextEdit *linesBox(const QString &text, bool readOnly, QWidget *parent)
{
    auto *box = new QPlainTextEdit(text, parent);
    box->setReadOnly(readOnly);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = qBound(2, int(text.count(QLatin1Char('\n'))) + 1, 10);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 10);
    return box;
}

} // namespace

ConflictResolverDialog::ConflictResolverDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("conflictResolverDialog"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    m_story = ConflictedStory::parse(m_bytes);

    const QString fileName = QFileInfo(path).fileName();
    setWindowTitle(tr("Resolve Conflicts: %1").arg(fileName));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("%1 has %Ln conflict(s) left by a merge. For each, keep my version, theirs, or edit the lines; "
                                    "Save writes the story without conflict markers and marks it resolved in git.",
                                    nullptr, int(m_story.blocks().size()))
                                     .arg(fileName),
                                 this));
    qobject_cast<QLabel *>(layout->itemAt(0)->widget())->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *blocks = new QWidget(scroll);
    auto *blocksLayout = new QVBoxLayout(blocks);
    for (int i = 0; i < m_story.blocks().size(); ++i)
        blocksLayout->addWidget(createBlockBox(i));
    blocksLayout->addStretch();
    scroll->setWidget(blocks);
    layout->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resolverStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &ConflictResolverDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConflictResolverDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ConflictResolution::Result>::finished, this, &ConflictResolverDialog::saveFinished);

    resize(900, 640);
    setRebasing(false);
    refresh();
    // Which side is mine depends on whether git is merging or rebasing: asked off the UI thread.
    connect(&m_rebaseCheck, &QFutureWatcher<bool>::finished, this, [this] {
        setRebasing(m_rebaseCheck.result());
        Q_EMIT rebaseChecked();
    });
    m_rebaseCheck.setFuture(QtConcurrent::run([path] { return ConflictResolution::isRebasing(path); }));
}

ConflictResolverDialog::~ConflictResolverDialog()
{
    m_cancel = true;
    m_watcher.waitForFinished();
    m_rebaseCheck.waitForFinished();
}

QString ConflictResolverDialog::unresolvableReason() const
{
    if (!m_story.error().isEmpty())
        return tr("The conflict markers in %1 do not form blocks (%2): resolve it in a text editor.")
            .arg(QFileInfo(m_path).fileName(), m_story.error());
    return tr("%1 has no conflict markers.").arg(QFileInfo(m_path).fileName());
}

QWidget *ConflictResolverDialog::createBlockBox(int index)
{
    const ConflictedStory::Block &block = m_story.blocks().at(index);
    const QString what = block.inBody ? tr("Body") : block.keys.isEmpty() ? tr("Front matter") : block.keys.join(QStringLiteral(", "));
    auto *box = new QGroupBox(tr("%1 (line %2)").arg(what).arg(block.line), this);
    box->setObjectName(QStringLiteral("conflictBlock%1").arg(index));
    auto *grid = new QGridLayout(box);

    BlockWidgets widgets;
    widgets.sides = new QButtonGroup(box);
    auto *mine = new QRadioButton(box);
    auto *theirs = new QRadioButton(box);
    widgets.ours = mine;
    widgets.theirs = theirs;
    auto *edited = new QRadioButton(tr("&Edit"), box);
    widgets.sides->addButton(mine, int(ConflictedStory::Side::Ours));
    widgets.sides->addButton(theirs, int(ConflictedStory::Side::Theirs));
    widgets.sides->addButton(edited, int(ConflictedStory::Side::Edited));
    mine->setChecked(true);

    grid->addWidget(mine, 0, 0);
    grid->addWidget(theirs, 0, 1);
    grid->addWidget(linesBox(shown(block.ours), true, box), 1, 0);
    grid->addWidget(linesBox(shown(block.theirs), true, box), 1, 1);
    grid->addWidget(edited, 2, 0, 1, 2);
    // Prefilled with my side: an edit usually starts from one side and takes a bit of the other.
    widgets.edit = linesBox(shown(block.ours), false, box);
    widgets.edit->setObjectName(QStringLiteral("editedLines"));
    grid->addWidget(widgets.edit, 3, 0, 1, 2);

    connect(widgets.sides, &QButtonGroup::idClicked, this, [this] { refresh(); });
    connect(widgets.edit, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (!edited->isChecked())
            edited->setChecked(true);
        refresh();
    });
    m_blocks.append(widgets);
    return box;
}

QString ConflictResolverDialog::sideTitle(int index, ConflictedStory::Side side) const
{
    const ConflictedStory::Block &block = m_story.blocks().at(index);
    const bool ours = side == ConflictedStory::Side::Ours;
    const QString &label = ours ? block.oursLabel : block.theirsLabel;
    const QString name = ours != m_rebasing ? tr("&Mine") : tr("&Theirs");
    return label.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, label);
}

void ConflictResolverDialog::setRebasing(bool rebasing)
{
    m_rebasing = rebasing;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const BlockWidgets &widgets = m_blocks.at(i);
        widgets.ours->setText(sideTitle(i, ConflictedStory::Side::Ours));
        widgets.theirs->setText(sideTitle(i, ConflictedStory::Side::Theirs));
        // The edit box starts as the editor's own lines, whichever side git put them on.
        if (widgets.sides->checkedId() != int(ConflictedStory::Side::Edited)) {
            const QSignalBlocker blocker(widgets.edit);
            const ConflictedStory::Block &block = m_story.blocks().at(i);
            widgets.edit->setPlainText(shown(rebasing ? block.theirs : block.ours));
        }
    }
}

void ConflictResolverDialog::choose(int index, ConflictedStory::Side side)
{
    if (QAbstractButton *button = m_blocks.at(index).sides->button(int(side)))
        button->setChecked(true);
    refresh();
}

void ConflictResolverDialog::setEditedText(int index, const QString &text)
{
    m_blocks.at(index).edit->setPlainText(text);
}

QList<ConflictedStory::Choice> ConflictResolverDialog::choices() const
{
    QList<ConflictedStory::Choice> result;
    for (const BlockWidgets &block : m_blocks) {
        ConflictedStory::Choice choice;
        choice.side = ConflictedStory::Side(block.sides->checkedId());
        if (choice.side == ConflictedStory::Side::Edited)
            choice.text = block.edit->toPlainText().toUtf8();
        result.append(choice);
    }
    return result;
}

QByteArray ConflictResolverDialog::resolvedBytes() const
{
    return m_story.resolved(choices());
}

void ConflictResolverDialog::refresh()
{
    m_problem = isResolvable() ? ConflictedStory::problemWith(resolvedBytes()) : unresolvableReason();
    const bool saving = isSaving();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problem.isEmpty() && !saving);
    if (saving)
        m_status->setText(tr("Saving…"));
    else if (!m_result.error.isEmpty())
        m_status->setText(m_result.error);
    else
        m_status->setText(m_problem);
}

void ConflictResolverDialog::save()
{
    if (isSaving() || !isResolvable())
        return;
    m_result = {};
    if (!(m_problem = ConflictedStory::problemWith(resolvedBytes())).isEmpty()) {
        refresh();
        return;
    }
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([path = m_path, before = m_bytes, after = resolvedBytes(), cancel = &m_cancel] {
        return ConflictResolution::save(path, before, after, cancel);
    }));
    refresh();
}

void ConflictResolverDialog::saveFinished()
{
    m_result = m_watcher.result();
    refresh();
    Q_EMIT saveEnded();
    if (m_result.ok())
        accept();
}

void ConflictResolverDialog::reject()
{
    // A write under way finishes (it is one atomic rename); only git's part can be stopped.
    m_cancel = true;
    QDialog::reject();
}

} // namespace Storydesk
