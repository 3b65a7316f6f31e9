#include "facetsdock.h"

#include "facetmodel.h"
#include "facetroles.h"
#include "storystore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Storydesk {

FacetsDock::FacetsDock(const StoryStore *store, QWidget *parent)
    : QDockWidget(tr("Facets"), parent)
    , m_store(store)
    , m_model(new FacetModel(store, this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_order = new QComboBox(content);
    m_order->setObjectName(QStringLiteral("facetOrder"));
    m_order->addItem(tr("By count"), QVariant::fromValue(FacetModel::ItemOrder::ByCount));
    m_order->addItem(tr("By name"), QVariant::fromValue(FacetModel::ItemOrder::ByName));
    m_order->setToolTip(tr("Order of the items in each facet"));
    m_clear = new QToolButton(content);
    m_clear->setObjectName(QStringLiteral("clearFacets"));
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setToolTip(tr("Show stories of every facet item again"));
    bar->addWidget(m_order, 1);
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("desksError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // Dark red on light red, as the filter bar's error: readable on light and dark palettes
    // alike (a red text alone is not, on a dark window).
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setContentsMargins(4, 2, 4, 2);
    {
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
        palette.setColor(QPalette::BrightText, QColor(0x9b, 0x1c, 0x1c));
        m_error->setPalette(palette);
    }
    m_error->hide();
    layout->addWidget(m_error);

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("facetView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);   // the chosen items are marked by the model
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FacetModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FacetModel::Count, QHeaderView::ResizeToContents);
    m_view->expandAll();
    // The Git section comes and goes with the repository: open, like the others.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int row = first; !parent.isValid() && row <= last; ++row)
            m_view->expand(m_model->index(row, FacetModel::Name));
    });
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    showSiteFacets();
    connect(store, &StoryStore::loadStarted, this, &FacetsDock::showSiteFacets);
    connect(store, &StoryStore::fieldMapChanged, this, &FacetsDock::showSiteFacets);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        activate(index, m_clickModifiers & Qt::ControlModifier);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &FacetsDock::showContextMenu);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setItemOrder(m_order->currentData().value<FacetModel::ItemOrder>());
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setSelection(FacetSelection()); });
    updateClearButton();

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &FacetsDock::reloadDesks);
}

const FacetSelection &FacetsDock::selection() const
{
    return m_model->selection();
}

void FacetsDock::setSelection(const FacetSelection &selection)
{
    if (selection == m_model->selection())
        return;
    m_model->setSelection(selection);
    updateClearButton();
    Q_EMIT selectionChanged(selection);
}

void FacetsDock::updateClearButton()
{
    m_clear->setEnabled(!m_model->selection().isEmpty());
}

void FacetsDock::activate(const QModelIndex &index, bool add)
{
    if (!index.isValid() || index.data(IsSectionRole).toBool())
        return;
    const QString id = index.data(ItemIdRole).toString();
    const int facetId = index.data(FacetIdRole).toInt();
    if (facetId < 0) {
        const int desk = m_desks.indexOf(id);
        if (desk >= 0)
            Q_EMIT deskActivated(m_desks.desks().at(desk));
        return;
    }
    const Facet facet = Facet(facetId);
    FacetSelection selection = m_model->selection();
    if (selection.contains(facet, id)) {
        selection.remove(facet, id);   // a second click takes it away
    } else if (add) {
        selection.add(facet, id);
    } else {
        selection.clear();
        selection.add(facet, id);
    }
    setSelection(selection);
}

bool FacetsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease))
        m_clickModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        // Space or Return on the current item is a click, Ctrl held to add.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex().siblingAtColumn(FacetModel::Name), key->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void FacetsDock::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(FacetModel::Name);
    if (!index.isValid() || index.data(IsSectionRole).toBool())
        return;
    const QString id = index.data(ItemIdRole).toString();
    const int facetId = index.data(FacetIdRole).toInt();
    QMenu menu(this);
    if (facetId == int(Facet::Topic)) {
        // The chosen topics when the clicked one is among them, else the clicked one.
        QStringList topics = m_model->selection().items(Facet::Topic);
        if (!topics.contains(id))
            topics = {id};
        QAction *rename = menu.addAction(tr("Rename Topic…"));
        rename->setObjectName(QStringLiteral("renameTopic"));
        rename->setEnabled(topics.size() == 1);
        QAction *merge = menu.addAction(tr("Merge Topics…"));
        merge->setObjectName(QStringLiteral("mergeTopics"));
        merge->setEnabled(topics.size() > 1);
        for (QAction *action : {rename, merge})
            connect(action, &QAction::triggered, this, [this, topics] { Q_EMIT renameTopicsRequested(topics); });
    } else if (facetId < 0) {
        QAction *apply = menu.addAction(tr("Apply Desk"));
        connect(apply, &QAction::triggered, this, [this, index] { activate(index, false); });
        QAction *rename = menu.addAction(tr("Rename Desk…"));
        connect(rename, &QAction::triggered, this, [this, id] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename Desk"), tr("New name:"), QLineEdit::Normal, id, &ok).trimmed();
            QString error;
            if (ok && !name.isEmpty() && name != id && !renameDesk(id, name, &error))
                QMessageBox::warning(this, tr("Rename Desk"), tr("The desk could not be renamed.\n\n%1").arg(error));
        });
        QAction *remove = menu.addAction(tr("Delete Desk…"));
        connect(remove, &QAction::triggered, this, [this, id] {
            if (QMessageBox::question(this, tr("Delete Desk"), tr("Delete the desk \"%1\" for every editor of this folder?").arg(id))
                != QMessageBox::Yes)
                return;
            QString error;
            if (!deleteDesk(id, &error))
                QMessageBox::warning(this, tr("Delete Desk"), tr("The desk could not be deleted.\n\n%1").arg(error));
        });
    } else {
        return;
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

// --- desks ----------------------------------------------------------------------------

void FacetsDock::setFolder(const QString &folder)
{
    m_desks = DeskFile(folder);
    delete m_watcher;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    reloadDesks();
}

void FacetsDock::watchDesks()
{
    if (!m_watcher)
        return;
    // The file, its folder (a save replaces the file) and the site folder (.storydesk made).
    const QFileInfo file(m_desks.path());
    const QString folder = QFileInfo(file.absolutePath()).absolutePath();
    for (const QString &clean : {file.absoluteFilePath(), file.absolutePath(), folder}) {
        if (QFileInfo::exists(clean) && !m_watcher->files().contains(clean) && !m_watcher->directories().contains(clean))
            m_watcher->addPath(clean);
    }
}

void FacetsDock::reloadDesks()
{
    QString error;
    if (m_desks.load(&error)) {
        m_desksError.clear();
        m_error->hide();
    } else {
        reportDeskError(error);
    }
    m_model->setDesks(m_desks.desks());
    watchDesks();
}

void FacetsDock::reportDeskError(const QString &error)
{
    m_desksError = error;
    m_error->setText(tr("Desks cannot be read: %1").arg(error));
    m_error->show();
}

bool FacetsDock::saveDesk(const Desk &desk, QString *error)
{
    const bool saved = m_desks.save(desk, error);
    m_model->setDesks(m_desks.desks());
    watchDesks();
    return saved;
}

bool FacetsDock::renameDesk(const QString &from, const QString &to, QString *error)
{
    const bool renamed = m_desks.rename(from, to, error);
    m_model->setDesks(m_desks.desks());
    return renamed;
}

bool FacetsDock::deleteDesk(const QString &name, QString *error)
{
    const bool deleted = m_desks.remove(name, error);
    m_model->setDesks(m_desks.desks());
    return deleted;
}

void FacetsDock::saveDeskInteractively(const Desk &current)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Desk"), tr("Name of the desk (the filter text, facets and sort):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_desks.indexOf(name) >= 0
        && QMessageBox::question(this, tr("Save Desk"), tr("A desk named \"%1\" exists. Replace it?").arg(name)) != QMessageBox::Yes)
        return;
    Desk desk = current;
    desk.name = name;
    QString error;
    if (!saveDesk(desk, &error))
        QMessageBox::warning(this, tr("Save Desk"), tr("The desk could not be saved.\n\n%1").arg(error));
}

void FacetsDock::showSiteFacets()
{
    const FieldMap &map = m_store->fieldMap();
    for (int facet = 0; facet < FacetCount; ++facet)
        m_view->setRowHidden(FacetModel::sectionOf(Facet(facet)), QModelIndex(), !StoryFacets::isOnSite(Facet(facet), map));
}

} // namespace Storydesk
