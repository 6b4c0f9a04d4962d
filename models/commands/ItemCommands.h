#pragma once

#include "models/ItemKinds.h"
#include "models/PlanDocument.h"

#include <QUndoCommand>

// The undo commands of every plan edit. Each does its work through the
// PlanDocument mutators in redo() and reverses it in undo(); one user action
// is one command (compound actions use child commands), written to the
// working database in one transaction.

// A command whose edit could not be written is rolled back by its
// PlanDocument::Transaction and marks itself obsolete, so QUndoStack drops
// it instead of keeping a step that never happened.
inline void dropIfFailed(QUndoCommand *command, const PlanDocument *document)
{
    if (document->lastEditFailed())
        command->setObsolete(true);
}

// Edits that come from typing merge into one command per field and item;
// the key says which field (any stable small number, e.g. a model column).
int mergeIdFor(PlanChange::Part part);

// Child commands that remove every reference to an item before the item
// itself goes (a theme's section, a measure's department ...), so undo
// restores both. Kinds nothing refers to need no overload.
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const AudienceGroup &a);
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Section &s);
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Principle &p);
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Department &d);
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Theme &t);
void unlinkReferences(PlanDocument *doc, QUndoCommand *parent, const Measure &m);
template<typename T>
void unlinkReferences(PlanDocument *, QUndoCommand *, const T &)
{
}

class ChangeInfo : public QUndoCommand
{
public:
    ChangeInfo(PlanDocument *document, const PlanInfo &after, const QString &text, int mergeKey = -1);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    PlanDocument *m_document;
    PlanInfo m_before;
    PlanInfo m_after;
    int m_mergeKey;
};

template<typename T>
class ReplaceItem : public QUndoCommand
{
public:
    ReplaceItem(PlanDocument *document, const T &before, const T &after, const QString &text,
                int mergeKey = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_before(before), m_after(after),
          m_mergeKey(mergeKey)
    {
    }
    void redo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            m_document->replaceItem(m_after);
        }
        dropIfFailed(this, m_document);
    }
    void undo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            m_document->replaceItem(m_before);
        }
        dropIfFailed(this, m_document);
    }
    int id() const override { return m_mergeKey < 0 ? -1 : mergeIdFor(ItemKind<T>::part); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ReplaceItem<T> *>(other);
        if (other->isObsolete() || o->m_mergeKey != m_mergeKey || o->m_after.id != m_after.id)
            return false;
        m_after = o->m_after;
        setObsolete(m_after == m_before);
        return true;
    }
    const T &after() const { return m_after; }

private:
    PlanDocument *m_document;
    T m_before;
    T m_after;
    int m_mergeKey;
};

template<typename T>
class InsertItem : public QUndoCommand
{
public:
    InsertItem(PlanDocument *document, const T &item, int index, const QString &text,
               QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_item(item), m_index(index)
    {
    }
    void redo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            m_document->insertItem(m_item, m_index);
        }
        dropIfFailed(this, m_document);
    }
    void undo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            m_document->template removeItem<T>(m_item.id);
        }
        dropIfFailed(this, m_document);
    }

private:
    PlanDocument *m_document;
    T m_item;
    int m_index;
};

// Several edits as one step (pasted rows): its child commands run in one
// transaction, so a failed write undoes them all.
class EditGroup : public QUndoCommand
{
public:
    EditGroup(PlanDocument *document, const QString &text) : QUndoCommand(text), m_document(document) { }
    void redo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            QUndoCommand::redo();
        }
        dropIfFailed(this, m_document);
    }
    void undo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            QUndoCommand::undo();
        }
        dropIfFailed(this, m_document);
    }

private:
    PlanDocument *m_document;
};

// Removing an item first removes every reference to it (child commands
// that rewrite the referring items), so undo restores both.
template<typename T>
class RemoveItem : public QUndoCommand
{
public:
    RemoveItem(PlanDocument *document, int id, const QString &text)
        : QUndoCommand(text), m_document(document), m_item(*findItem<T>(document->plan(), id)),
          m_index(document->indexOf<T>(id))
    {
        unlinkReferences(document, this, m_item);
    }
    void redo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            QUndoCommand::redo();
            m_document->template removeItem<T>(m_item.id);
        }
        dropIfFailed(this, m_document);
    }
    void undo() override
    {
        {
            PlanDocument::Transaction t(m_document);
            m_document->insertItem(m_item, m_index);
            QUndoCommand::undo();
        }
        dropIfFailed(this, m_document);
    }

private:
    PlanDocument *m_document;
    T m_item;
    int m_index = 0;
};

template<typename T>
class MoveItem : public QUndoCommand
{
public:
    MoveItem(PlanDocument *document, int id, int to, const QString &text)
        : QUndoCommand(text), m_document(document), m_id(id), m_from(document->indexOf<T>(id)), m_to(to)
    {
    }
    void redo() override
    {
        m_document->template moveItem<T>(m_id, m_to);
        dropIfFailed(this, m_document);
    }
    void undo() override
    {
        m_document->template moveItem<T>(m_id, m_from);
        dropIfFailed(this, m_document);
    }

private:
    PlanDocument *m_document;
    int m_id;
    int m_from;
    int m_to;
};

// Moves a measure to a position in a theme, possibly another theme.
class MoveMeasure : public QUndoCommand
{
public:
    MoveMeasure(PlanDocument *document, int measureId, int themeId, int index, const QString &text);
    void redo() override;
    void undo() override;

private:
    PlanDocument *m_document;
    int m_id;
    int m_fromTheme;
    int m_fromIndex;
    int m_toTheme;
    int m_toIndex;
};
