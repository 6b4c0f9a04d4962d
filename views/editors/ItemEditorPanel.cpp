#include "views/editors/ItemEditorPanel.h"

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
    showNode(document ? PlanOutlineModel::Node { PlanOutlineModel::Kind::Info, 0 } : PlanOutlineModel::Node());
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
    const Plan &p = m_document->plan();
    auto has = [](const auto &list, int id) {
        for (const auto &item : list)
            if (item.id == id)
                return true;
        return false;
    };
    using Kind = PlanOutlineModel::Kind;
    switch (m_node.kind) {
    case Kind::Info: return true;
    case Kind::Principle: return has(p.principles, m_node.id);
    case Kind::Role: return has(p.roles, m_node.id);
    case Kind::Theme: return has(p.themes, m_node.id);
    case Kind::Measure: return p.measure(m_node.id) != nullptr;
    case Kind::Kpi: return has(p.kpis, m_node.id);
    case Kind::Department: return has(p.departments, m_node.id);
    case Kind::Glossary: return has(p.glossary, m_node.id);
    case Kind::System: return has(p.systems, m_node.id);
    case Kind::Revision: return has(p.revisions, m_node.id);
    default: return false;
    }
}

void ItemEditorPanel::showNode(const PlanOutlineModel::Node &node)
{
    if (m_editor && node == m_node)
        return;
    m_node = node;
    if (node.kind == PlanOutlineModel::Kind::Kpi) {
        showMessage(tr("KPIs are edited in the KPI tab."));
        return;
    }
    ItemFieldEditor *editor = nodeExists() ? ItemEditorFactory::create(m_document, node, nullptr) : nullptr;
    if (!editor) {
        showMessage(node.kind == PlanOutlineModel::Kind::Group
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
