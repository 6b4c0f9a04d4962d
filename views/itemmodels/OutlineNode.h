#pragma once

#include "models/ItemKinds.h"
#include "models/PlanChange.h"

// One row of the outline, named without QModelIndex: the plan itself, the
// group row of a kind, or an item of a kind. The kind is its
// PlanChange::Part, so ItemKinds.h (forKind) tells everything else.
struct OutlineNode
{
    enum class Type { None, Info, Group, Item };

    Type type = Type::None;
    PlanChange::Part part = PlanChange::Part::Everything; // the kind of a group or item
    int id = 0;                                           // the item's id

    static OutlineNode info() { return { Type::Info, PlanChange::Part::Info, 0 }; }
    static OutlineNode group(PlanChange::Part part) { return { Type::Group, part, 0 }; }
    static OutlineNode item(PlanChange::Part part, int id) { return { Type::Item, part, id }; }
    template<typename T>
    static OutlineNode of(int id)
    {
        return item(ItemKind<T>::part, id);
    }

    bool isItem() const { return type == Type::Item; }
    bool is(PlanChange::Part kind) const { return type == Type::Item && part == kind; }
    bool operator==(const OutlineNode &o) const { return type == o.type && part == o.part && id == o.id; }
};
