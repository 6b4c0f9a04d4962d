#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "views/window/PlanEditing.h"
#include "views/itemmodels/ItemLabels.h"
#include "views/window/Prompter.h"

#include <QMenu>
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
    QMenu menu(this);
    // Add an item of the kind shown, and into a theme its children.
    if (node.part != PlanChange::Part::Info)
        if (QAction *add = m_addActions.value(int(node.part)))
            menu.addAction(add);
    if (node.is(PlanChange::Part::Theme))
        for (PlanChange::Part child : PlanOutlineModel::childParts())
            menu.addAction(m_addActions.value(int(child)));
    if (node.isItem()) {
        menu.addSeparator();
        menu.addAction(m_removeAction);
        menu.addAction(m_moveUpAction);
        menu.addAction(m_moveDownAction);
    }
    if (!menu.isEmpty())
        menu.exec(m_outline->viewport()->mapToGlobal(position));
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

