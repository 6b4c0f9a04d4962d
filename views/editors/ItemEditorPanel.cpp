#include "views/editors/ItemEditorPanel.h"

#include "models/ItemKinds.h"
#include "models/PlanDocument.h"
#include "views/editors/ItemEditorFactory.h"
#include "views/editors/ItemFieldEditor.h"

#include <QLabel>

ItemEditorPanel::ItemEditorPanel(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    showMessage(tr("Select an item in the outline or a measure in the table to edit it."));
}

void ItemEditorPanel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_readOnly = document && document->isReadOnly();
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &ItemEditorPanel::onChanged);
    showNode(document ? OutlineNode::info() : OutlineNode());
}

void ItemEditorPanel::showMessage(const QString &text)
{
    m_editor = nullptr;
    m_message = new QLabel(text);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setMargin(8);
    setWidget(m_message); // deletes the previous editor
}

bool ItemEditorPanel::nodeExists() const
{
    if (!m_document)
        return false;
    if (m_node.type == OutlineNode::Type::Info)
        return true;
    bool exists = false;
    if (m_node.isItem())
        forKind(m_node.part, [&](auto tag) {
            exists = findItem<typename decltype(tag)::Type>(m_document->plan(), m_node.id) != nullptr;
        });
    return exists;
}

void ItemEditorPanel::showNode(const OutlineNode &node)
{
    if (m_editor && node == m_node)
        return;
    m_node = node;
    ItemFieldEditor *editor = nodeExists() ? ItemEditorFactory::create(m_document, node, nullptr) : nullptr;
    if (!editor) {
        showMessage(node.type == OutlineNode::Type::Group
                        ? tr("Use Edit > Add to add an item to this group.")
                        : tr("Select an item in the outline or a measure in the table to edit it."));
        return;
    }
    editor->setObjectName(QStringLiteral("itemEditor"));
    editor->setReadOnly(m_readOnly);
    setWidget(editor);
    m_editor = editor;
    m_message = nullptr;
}

void ItemEditorPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_editor)
        m_editor->setReadOnly(readOnly);
}

void ItemEditorPanel::onChanged(const PlanChange &)
{
    if (!m_editor)
        return;
    if (!nodeExists()) {
        showMessage(tr("The item was removed."));
        return;
    }
    m_editor->refresh();
}
