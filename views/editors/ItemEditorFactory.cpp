#include "views/editors/ItemEditorFactory.h"

#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"
#include "views/itemmodels/ItemLabels.h"

#include <QSpinBox>
#include <type_traits>

namespace ItemEditorFactory {

namespace {

// The form of a simple kind: one row per field of ItemKind<T>::fields,
// named after the kind and the field ("principleTitle").
template<typename T>
ItemFieldEditor *fieldsEditor(PlanDocument *document, int id, QWidget *parent)
{
    const ItemWords &words = ItemKind<T>::words;
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(words.tr(words.name));
    const ItemBinder<T> b { document, id };
    const QString kindName = ItemLabels::identifier(words.name, false);
    int mergeKey = 0;
    forEachField<T>([&](const auto &field) {
        ++mergeKey;
        const QString name = kindName + ItemLabels::identifier(field.key, true);
        const QString label = words.tr(field.label);
        auto member = field.member;
        if constexpr (std::is_same_v<decltype(member), QString T::*>) {
            b.text(editor, name, label, member, mergeKey, field.multiLine);
        } else if constexpr (std::is_same_v<decltype(member), QByteArray T::*>) {
            // File contents are not typed in: kinds that hold them have an
            // editor of their own with a file chooser (figures).
        } else {
            editor->addNumber(name, label, 0, 99999, b.get([member](const T &t) { return t.*member; }),
                              b.set([member](T &t, const QVariant &v) { t.*member = v.toInt(); },
                                    EditorText::tr("Edit %1").arg(label)));
        }
    });
    return editor;
}

template<typename T>
ItemFieldEditor *build(PlanDocument *document, KindTag<T>, int id, QWidget *parent)
{
    return fieldsEditor<T>(document, id, parent);
}

using ItemEditors::build;

} // namespace

ItemFieldEditor *create(PlanDocument *document, const OutlineNode &node, QWidget *parent)
{
    if (!document)
        return nullptr;
    if (node.type == OutlineNode::Type::Info)
        return ItemEditors::buildInfo(document, parent);
    ItemFieldEditor *editor = nullptr;
    if (node.isItem())
        forKind(node.part, [&](auto tag) {
            if (findItem<typename decltype(tag)::Type>(document->plan(), node.id))
                editor = build(document, tag, node.id, parent);
        });
    return editor;
}

} // namespace ItemEditorFactory
