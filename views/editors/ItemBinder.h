#pragma once

#include "models/ItemKinds.h"
#include "models/commands/ItemCommands.h"
#include "views/editors/ItemFieldEditor.h"
#include "views/itemmodels/ItemLabels.h"

#include <QCoreApplication>
#include <QPointer>
#include <functional>

// The editors' words, in the ItemEditorFactory translation context.
struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(ItemEditorFactory)
};

// Binds editor fields to one item of kind T: getters read the document,
// setters push a ReplaceItem command (typing merges per mergeKey).
template<typename T>
struct ItemBinder
{
    QPointer<PlanDocument> document;
    int id;

    const T *item() const { return document ? findItem<T>(document->plan(), id) : nullptr; }

    ItemFieldEditor::Getter get(std::function<QVariant(const T &)> read) const
    {
        ItemBinder self = *this;
        return [self, read] {
            const T *t = self.item();
            return t ? read(*t) : QVariant();
        };
    }
    ItemFieldEditor::Setter set(std::function<void(T &, const QVariant &)> write, const QString &text,
                                int mergeKey = -1) const
    {
        ItemBinder self = *this;
        return [self, write, text, mergeKey](const QVariant &value) {
            const T *before = self.item();
            if (!before)
                return;
            T after = *before;
            write(after, value);
            if (after == *before)
                return;
            const QString named = ItemLabels::undoText(text, *self.document, *before);
            self.document->undoStack()->push(new ReplaceItem<T>(self.document, *before, after, named, mergeKey));
        };
    }
    // A text member edited by typing: one line, or a paragraph.
    void text(ItemFieldEditor *editor, const QString &name, const QString &label, QString T::*member,
              int mergeKey, bool multiLine = false) const
    {
        auto getter = get([member](const T &t) { return t.*member; });
        auto setter = set([member](T &t, const QVariant &v) { t.*member = v.toString(); },
                          EditorText::tr("Edit %1").arg(label), mergeKey);
        if (multiLine)
            editor->addText(name, label, getter, setter);
        else
            editor->addLine(name, label, getter, setter);
    }
};

// The plan's own fields: each edit is a ChangeInfo command.
struct InfoBinder
{
    QPointer<PlanDocument> document;

    ItemFieldEditor::Getter get(std::function<QVariant(const PlanInfo &)> read) const
    {
        QPointer<PlanDocument> doc = document;
        return [doc, read] { return doc ? read(doc->plan().info) : QVariant(); };
    }
    ItemFieldEditor::Setter set(std::function<void(PlanInfo &, const QVariant &)> write, const QString &text,
                                int mergeKey = -1) const
    {
        QPointer<PlanDocument> doc = document;
        return [doc, write, text, mergeKey](const QVariant &value) {
            if (!doc)
                return;
            PlanInfo info = doc->plan().info;
            write(info, value);
            if (!(info == doc->plan().info))
                doc->undoStack()->push(new ChangeInfo(doc, info, text, mergeKey));
        };
    }
};
