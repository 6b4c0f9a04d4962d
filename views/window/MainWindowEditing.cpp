#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "views/window/PlanEditing.h"
#include "views/itemmodels/ItemLabels.h"
#include "views/window/Prompter.h"

#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

// The Edit menu's Add submenu and the outline's context menu: one "Add"
// action per kind of ItemKinds.h, so a new kind gets its action by itself.

namespace {

// Shortcuts for the kinds added most often; other kinds have none.
QKeySequence addShortcut(PlanChange::Part part)
{
    using Part = PlanChange::Part;
    switch (part) {
    case Part::Section: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    case Part::Theme: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    case Part::Direction: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    case Part::Measure: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    case Part::Kpi: return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    default: return {};
    }
}

} // namespace

void MainWindow::createAddActions(QMenu *menu)
{
    forEachKind([&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        const PlanChange::Part part = Kind::part;
        QAction *action = addAction(menu, QStringLiteral("actionAdd") + ItemLabels::identifier(Kind::words.name, true),
                                    Kind::words.tr(Kind::words.add), addShortcut(part));
        connect(action, &QAction::triggered, this, [this, part] { addItem(part); });
        m_addActions.insert(int(part), action);
        m_editActions << action;
    });
}

void MainWindow::showOutlineMenu(const QPoint &position)
{
    const OutlineNode node = m_outlineModel->nodeAt(m_outline->indexAt(position));
    if (node.type == OutlineNode::Type::None)
        return;
    m_outline->setCurrentIndex(m_outline->indexAt(position));
    updateActions();
    QMenu menu(this);
    if (node.isItem()) {
        menu.addAction(m_addSiblingAction);
        menu.addAction(m_renameAction);
    } else if (node.part != PlanChange::Part::Info) {
        if (QAction *add = m_addActions.value(int(node.part)))
            menu.addAction(add);
    }
    // Into a theme, its children of every kind.
    if (node.is(PlanChange::Part::Theme)) {
        menu.addSeparator();
        for (PlanChange::Part child : PlanOutlineModel::childParts())
            menu.addAction(m_addActions.value(int(child)));
    }
    if (node.isItem()) {
        menu.addSeparator();
        menu.addAction(m_deleteKeyAction);
        menu.addAction(m_moveUpAction);
        menu.addAction(m_moveDownAction);
    }
    if (!menu.isEmpty())
        menu.exec(m_outline->viewport()->mapToGlobal(position));
}

QWidget *MainWindow::createOutlineActions()
{
    auto outlineAction = [this](const QString &name, const QString &text, const QKeySequence &key,
                                QStyle::StandardPixmap icon) {
        QAction *action = addAction(nullptr, name, text, key);
        action->setIcon(style()->standardIcon(icon));
        // The keys act in the outline only: Delete in a text field deletes
        // characters, not the item.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_outline->addAction(action);
        m_editActions << action;
        return action;
    };
    m_addSiblingAction = outlineAction(QStringLiteral("actionAddSibling"), tr("Add &Sibling"),
                                       QKeySequence(Qt::Key_Insert), QStyle::SP_FileDialogNewFolder);
    m_addSiblingAction->setToolTip(tr("Add an item of the same kind after the selected one (Insert)"));
    connect(m_addSiblingAction, &QAction::triggered, this, &MainWindow::addSibling);
    m_addChildAction = outlineAction(QStringLiteral("actionAddChild"), tr("Add &Measure to Theme"),
                                     QKeySequence(), QStyle::SP_FileDialogDetailedView);
    m_addChildAction->setToolTip(tr("Add a measure to the selected theme (Ctrl+Shift+M)"));
    connect(m_addChildAction, &QAction::triggered, this, &MainWindow::addChild);
    m_renameAction = outlineAction(QStringLiteral("actionRename"), tr("Re&name"), QKeySequence(Qt::Key_F2),
                                   QStyle::SP_FileDialogContentsView);
    m_renameAction->setToolTip(tr("Rename the selected item (F2)"));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameSelected);
    m_deleteKeyAction = outlineAction(QStringLiteral("actionDeleteItem"), tr("&Delete"), QKeySequence::Delete,
                                      QStyle::SP_TrashIcon);
    m_deleteKeyAction->setToolTip(tr("Delete the selected item; Undo brings it back (Delete)"));
    connect(m_deleteKeyAction, &QAction::triggered, this, &MainWindow::removeSelected);
    m_moveUpAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_moveDownAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("outlineToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->addActions({ m_addSiblingAction, m_addChildAction, m_renameAction, m_deleteKeyAction });
    bar->addSeparator();
    bar->addActions({ m_moveUpAction, m_moveDownAction });
    return bar;
}

void MainWindow::addSibling()
{
    const OutlineNode node = selectedNode();
    if (node.isItem() || (node.type == OutlineNode::Type::Group && node.part != PlanChange::Part::Info))
        addItem(node.part);
}

void MainWindow::addChild()
{
    const OutlineNode node = selectedNode();
    if (node.is(PlanChange::Part::Theme) || PlanOutlineModel::isChildPart(node.part))
        addItem(PlanChange::Part::Measure);
}

void MainWindow::renameSelected()
{
    const QModelIndex current = m_outline->currentIndex();
    if (current.isValid() && (m_outlineModel->flags(current) & Qt::ItemIsEditable))
        m_outline->edit(current);
}

void MainWindow::addItem(PlanChange::Part part)
{
    const OutlineNode node = PlanEditing::addItem(m_document.get(), part, selectedNode());
    if (!node.isItem()) {
        if (m_document && PlanOutlineModel::isChildPart(part))
            m_prompter->information(this, m_addActions.value(int(part))->text().remove(QLatin1Char('&')),
                                    tr("Add a theme first: directions and measures belong to a theme."));
        return;
    }
    selectNode(node);
    // The new item's title is ready to be typed over.
    renameSelected();
}

void MainWindow::removeSelected()
{
    const QModelIndex current = m_outline->currentIndex();
    const OutlineNode node = selectedNode();
    if (!PlanEditing::removeItem(m_document.get(), node))
        return;
    // Keep the keyboard in the same place: the next sibling, or the parent.
    const QModelIndex parent = current.parent();
    const int rows = m_outlineModel->rowCount(parent);
    const QModelIndex next = rows > 0 ? m_outlineModel->index(qMin(current.row(), rows - 1), 0, parent) : parent;
    if (next.isValid())
        m_outline->setCurrentIndex(next);
    updateActions();
}

void MainWindow::moveSelected(int delta)
{
    const OutlineNode node = selectedNode();
    if (m_outlineModel->moveBy(m_outline->currentIndex(), delta))
        selectNode(node);
    updateActions();
}

