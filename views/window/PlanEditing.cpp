#include "views/window/PlanEditing.h"

#include "models/commands/ItemCommands.h"
#include "views/itemmodels/ItemLabels.h"

#include <QDate>
#include <type_traits>

namespace PlanEditing {

namespace {

using Part = PlanChange::Part;

// A new item's first values: its title (the first text field of a simple
// kind) says what it is, and its number (a system's 連番) comes next.
template<typename T>
void initNewItem(T &item, const Plan &plan, const QString &title)
{
    bool titled = false;
    bool numbered = false;
    forEachField<T>([&](const auto &field) {
        auto &value = item.*(field.member);
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QString>) {
            if (!titled)
                value = title;
            titled = true;
        } else if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QByteArray>) {
            // A new figure starts without a picture; its editor asks for one.
        } else {
            if (!numbered)
                value = ItemKind<T>::list(plan, 0).size() + 1;
            numbered = true;
        }
    });
}

void initNewItem(Theme &theme, const Plan &, const QString &title)
{
    theme.title = title;
}

void initNewItem(Measure &measure, const Plan &, const QString &title)
{
    measure.title = title;
}

void initNewItem(Kpi &kpi, const Plan &, const QString &title)
{
    kpi.name = title;
}

void initNewItem(Revision &revision, const Plan &plan, const QString &)
{
    revision.date = { QDate::currentDate(), false };
    revision.kind = plan.revisions.isEmpty() ? Revision::Kind::Adopted : Revision::Kind::Revised;
}

// The theme of the selected node: the theme itself, or the theme its item
// lives in; 0 for anything else.
int selectedTheme(const Plan &plan, const OutlineNode &selected)
{
    if (selected.is(Part::Theme))
        return selected.id;
    int themeId = 0;
    if (selected.isItem())
        forKind(selected.part, [&](auto tag) {
            using T = typename decltype(tag)::Type;
            if constexpr (ItemKind<T>::isChild)
                if (const T *item = findItem<T>(plan, selected.id))
                    themeId = ItemKind<T>::parentOf(*item);
        });
    return themeId;
}

template<typename T>
OutlineNode add(PlanDocument *doc, const OutlineNode &selected)
{
    using Kind = ItemKind<T>;
    const Plan &plan = doc->plan();
    int themeId = 0;
    if constexpr (Kind::isChild) {
        themeId = selectedTheme(plan, selected);
        if (!themeId && !plan.themes.isEmpty())
            themeId = plan.themes.last().id;
        if (!plan.theme(themeId))
            return {};
    }
    int index = Kind::list(plan, themeId).size();
    if (selected.is(Kind::part) && doc->indexOf<T>(selected.id) >= 0)
        index = doc->indexOf<T>(selected.id) + 1;
    T item;
    initNewItem(item, plan, Kind::words.tr(Kind::words.newTitle));
    item.id = doc->nextId<T>();
    Kind::setParent(item, themeId);
    doc->undoStack()->push(new InsertItem<T>(doc, item, index, Kind::words.tr(Kind::words.add)));
    return OutlineNode::of<T>(item.id);
}

} // namespace

OutlineNode addItem(PlanDocument *doc, Part part, const OutlineNode &selected)
{
    OutlineNode added;
    if (!doc || doc->isReadOnly())
        return added;
    forKind(part, [&](auto tag) { added = add<typename decltype(tag)::Type>(doc, selected); });
    return added;
}

bool canRemove(const OutlineNode &node)
{
    return node.isItem();
}

bool removeItem(PlanDocument *doc, const OutlineNode &node)
{
    if (!doc || doc->isReadOnly() || !canRemove(node))
        return false;
    bool removed = false;
    forKind(node.part, [&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!findItem<T>(doc->plan(), node.id))
            return;
        const ItemWords &words = ItemKind<T>::words;
        const QString text = ItemLabels::undoText(words.tr(words.remove), *doc, *findItem<T>(doc->plan(), node.id));
        doc->undoStack()->push(new RemoveItem<T>(doc, node.id, text));
        removed = true;
    });
    return removed;
}

} // namespace PlanEditing
