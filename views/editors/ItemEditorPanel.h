#pragma once

#include "views/itemmodels/OutlineNode.h"

#include <QPointer>
#include <QScrollArea>

class ItemFieldEditor;
class PlanDocument;
class QLabel;

// The editor dock's content: the form for the item selected in the
// outline or the measures table. It follows the document: fields refresh
// on every change, and the form goes away when its item is removed.
class ItemEditorPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ItemEditorPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void showNode(const OutlineNode &node);
    OutlineNode node() const { return m_node; }
    ItemFieldEditor *editor() const { return m_editor; }
    void setReadOnly(bool readOnly);

private:
    void onChanged(const PlanChange &change);
    bool nodeExists() const;
    void showMessage(const QString &text);

    QPointer<PlanDocument> m_document;
    OutlineNode m_node;
    ItemFieldEditor *m_editor = nullptr;
    QLabel *m_message = nullptr;
    bool m_readOnly = false;
};
