#pragma once

#include "models/Plan.h"
#include "models/PlanChange.h"

#include <QCoreApplication>
#include <tuple>

// Every kind of plan item, described once. PlanDocument, the store, the
// JSON format, the undo commands, the outline and the editors read this
// table instead of listing the kinds themselves, so a new kind is its
// struct, its entry here and its table in Schema.
//
// An entry says where the items live in a Plan (a list of the plan, or of
// a theme for child kinds), its table, its words, and for the simple kinds
// its fields: each one a member, a column and JSON key, and whether it is
// one line or a paragraph. Kinds with richer values (themes, measures,
// KPIs, revisions) have `fields` empty and their own store, JSON and
// editor code.

// One text or number member of a simple kind.
template<typename T, typename V>
struct ItemField
{
    V T::*member;
    const char *key;   // column name and JSON key
    const char *label; // translatable, context "ItemKind"
    bool multiLine;
    bool required; // a file may not leave it empty
};

enum FieldFlags { OneLine = 0, MultiLine = 1, Required = 2 };

template<typename T>
constexpr ItemField<T, QString> textField(QString T::*m, const char *key, const char *label, int flags = OneLine)
{
    return { m, key, label, (flags & MultiLine) != 0, (flags & Required) != 0 };
}

// The bytes of a file kept in the plan (a figure's picture).
template<typename T>
constexpr ItemField<T, QByteArray> dataField(QByteArray T::*m, const char *key, const char *label)
{
    return { m, key, label, false, true };
}

template<typename T>
constexpr ItemField<T, int> numberField(int T::*m, const char *key, const char *label)
{
    return { m, key, label, false, false };
}

// The words of a kind, translatable in context "ItemKind".
struct ItemWords
{
    const char *name;     // Principle
    const char *newTitle; // New principle
    const char *add;      // Add principle
    const char *remove;   // Remove principle
    const char *group;    // Principles
    QString tr(const char *text) const { return QCoreApplication::translate("ItemKind", text); }
};

template<typename T>
struct ItemKind;

// Kinds whose items are a list of the plan itself.
template<typename T, QList<T> Plan::*Member>
struct PlanListKind
{
    static constexpr bool isChild = false;
    // The JSON format version that introduced the kind (older files lack
    // its key).
    static constexpr int sinceJsonVersion = 1;
    static QList<T> &list(Plan &plan, int) { return plan.*Member; }
    static const QList<T> &list(const Plan &plan, int) { return plan.*Member; }
    static int parentOf(const T &) { return 0; }
    static void setParent(T &, int) { }
};

// Kinds whose items belong to a theme (directions, measures).
template<typename T, QList<T> Theme::*Member>
struct ThemeChildKind
{
    static constexpr bool isChild = true;
    static constexpr int sinceJsonVersion = 1;
    // Themes are looked for through const access: a QList shared with a
    // copy of the plan (the one an edit keeps for its rollback, an export's)
    // is copied by the first non-const access, so only the theme whose
    // list is returned for writing is reached that way.
    static QList<T> &list(Plan &plan, int themeId)
    {
        const QList<Theme> &themes = plan.themes;
        for (int i = 0; i < themes.size(); ++i)
            if (themes[i].id == themeId)
                return plan.themes[i].*Member;
        static QList<T> none;
        none.clear();
        return none;
    }
    static const QList<T> &list(const Plan &plan, int themeId)
    {
        for (const Theme &t : plan.themes)
            if (t.id == themeId)
                return t.*Member;
        static const QList<T> none;
        return none;
    }
    static int parentOf(const T &item) { return item.themeId; }
    static void setParent(T &item, int themeId) { item.themeId = themeId; }
    static QList<T> &listOf(Theme &theme) { return theme.*Member; }
    static const QList<T> &listOf(const Theme &theme) { return theme.*Member; }
};

template<>
struct ItemKind<AudienceGroup> : PlanListKind<AudienceGroup, &Plan::audiences>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Audience;
    static constexpr int sinceJsonVersion = 2;
    static constexpr const char *table = "audiences";
    static constexpr const char *jsonKey = "audiences";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Audience"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New audience"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add audience"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove audience"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Audiences") };
    static constexpr auto fields = std::make_tuple(
        textField(&AudienceGroup::name, "name", QT_TRANSLATE_NOOP("ItemKind", "Name"), Required));
};

template<>
struct ItemKind<Section> : PlanListKind<Section, &Plan::sections>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Section;
    static constexpr int sinceJsonVersion = 2;
    static constexpr const char *table = "sections";
    static constexpr const char *jsonKey = "sections";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Section"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New section"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add section"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove section"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Sections") };
    static constexpr auto fields = std::make_tuple(
        textField(&Section::title, "title", QT_TRANSLATE_NOOP("ItemKind", "Title"), Required),
        textField(&Section::overview, "overview", QT_TRANSLATE_NOOP("ItemKind", "Overview"), MultiLine));
};

template<>
struct ItemKind<Principle> : PlanListKind<Principle, &Plan::principles>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Principle;
    static constexpr const char *table = "principles";
    static constexpr const char *jsonKey = "principles";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Principle"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New principle"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add principle"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove principle"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Principles") };
    static constexpr auto fields = std::make_tuple(
        textField(&Principle::title, "title", QT_TRANSLATE_NOOP("ItemKind", "Title")),
        textField(&Principle::description, "description", QT_TRANSLATE_NOOP("ItemKind", "Description"), MultiLine));
};

template<>
struct ItemKind<Role> : PlanListKind<Role, &Plan::roles>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Role;
    static constexpr const char *table = "roles";
    static constexpr const char *jsonKey = "roles";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Role"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New role"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add role"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove role"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Roles") };
    static constexpr auto fields = std::make_tuple(
        textField(&Role::name, "name", QT_TRANSLATE_NOOP("ItemKind", "Name")),
        textField(&Role::description, "description", QT_TRANSLATE_NOOP("ItemKind", "Description"), MultiLine));
};

template<>
struct ItemKind<Department> : PlanListKind<Department, &Plan::departments>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Department;
    static constexpr const char *table = "departments";
    static constexpr const char *jsonKey = "departments";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Department"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New department"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add department"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove department"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Departments") };
    static constexpr auto fields = std::make_tuple(
        textField(&Department::name, "name", QT_TRANSLATE_NOOP("ItemKind", "Name"), Required));
};

template<>
struct ItemKind<Theme> : PlanListKind<Theme, &Plan::themes>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Theme;
    static constexpr const char *table = "themes";
    static constexpr const char *jsonKey = "themes";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Theme"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New theme"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add theme"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove theme"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Themes") };
    static constexpr auto fields = std::tuple<>();
};

template<>
struct ItemKind<Direction> : ThemeChildKind<Direction, &Theme::directions>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Direction;
    static constexpr int sinceJsonVersion = 2;
    static constexpr const char *table = "directions";
    static constexpr const char *jsonKey = "directions";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Direction"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New direction"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add direction"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove direction"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Directions") };
    static constexpr auto fields = std::make_tuple(
        textField(&Direction::text, "text", QT_TRANSLATE_NOOP("ItemKind", "Text"), MultiLine | Required));
};

template<>
struct ItemKind<Measure> : ThemeChildKind<Measure, &Theme::measures>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Measure;
    static constexpr const char *table = "measures";
    static constexpr const char *jsonKey = "measures";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Measure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New measure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add measure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove measure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Measures") };
    static constexpr auto fields = std::tuple<>();
};

template<>
struct ItemKind<Kpi> : PlanListKind<Kpi, &Plan::kpis>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Kpi;
    static constexpr const char *table = "kpis";
    static constexpr const char *jsonKey = "kpis";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "KPI"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New KPI"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add KPI"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove KPI"),
                                         QT_TRANSLATE_NOOP("ItemKind", "KPIs") };
    static constexpr auto fields = std::tuple<>();
};

template<>
struct ItemKind<SystemEntry> : PlanListKind<SystemEntry, &Plan::systems>
{
    static constexpr PlanChange::Part part = PlanChange::Part::System;
    static constexpr const char *table = "systems";
    static constexpr const char *jsonKey = "systems";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "System"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New system"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add system"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove system"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Systems") };
    static constexpr auto fields = std::make_tuple(
        numberField(&SystemEntry::number, "number", QT_TRANSLATE_NOOP("ItemKind", "Number")),
        textField(&SystemEntry::business, "business", QT_TRANSLATE_NOOP("ItemKind", "Business")),
        textField(&SystemEntry::system, "system", QT_TRANSLATE_NOOP("ItemKind", "Current system")),
        textField(&SystemEntry::owner, "owner", QT_TRANSLATE_NOOP("ItemKind", "Owning department")));
};

template<>
struct ItemKind<GlossaryEntry> : PlanListKind<GlossaryEntry, &Plan::glossary>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Glossary;
    static constexpr const char *table = "glossary";
    static constexpr const char *jsonKey = "glossary";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Glossary entry"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New glossary entry"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add glossary entry"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove glossary entry"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Glossary") };
    static constexpr auto fields = std::make_tuple(
        textField(&GlossaryEntry::term, "term", QT_TRANSLATE_NOOP("ItemKind", "Term"), Required),
        textField(&GlossaryEntry::reading, "reading", QT_TRANSLATE_NOOP("ItemKind", "Reading")),
        textField(&GlossaryEntry::row, "row", QT_TRANSLATE_NOOP("ItemKind", "Kana row")),
        textField(&GlossaryEntry::explanation, "explanation", QT_TRANSLATE_NOOP("ItemKind", "Explanation"), MultiLine));
};

template<>
struct ItemKind<Revision> : PlanListKind<Revision, &Plan::revisions>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Revision;
    static constexpr const char *table = "revisions";
    static constexpr const char *jsonKey = "revisions";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Revision"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New revision"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add revision"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove revision"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Revisions") };
    static constexpr auto fields = std::tuple<>();
};

template<>
struct ItemKind<Chapter> : PlanListKind<Chapter, &Plan::chapters>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Chapter;
    static constexpr int sinceJsonVersion = 3;
    static constexpr const char *table = "chapters";
    static constexpr const char *jsonKey = "chapters";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Chapter"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New chapter"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add chapter"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove chapter"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Chapters") };
    static constexpr auto fields = std::make_tuple(
        textField(&Chapter::title, "title", QT_TRANSLATE_NOOP("ItemKind", "Title"), Required),
        textField(&Chapter::text, "text", QT_TRANSLATE_NOOP("ItemKind", "Text (Markdown)"), MultiLine));
};

template<>
struct ItemKind<Figure> : PlanListKind<Figure, &Plan::figures>
{
    static constexpr PlanChange::Part part = PlanChange::Part::Figure;
    static constexpr int sinceJsonVersion = 3;
    static constexpr const char *table = "figures";
    static constexpr const char *jsonKey = "figures";
    static constexpr ItemWords words = { QT_TRANSLATE_NOOP("ItemKind", "Figure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "New figure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Add figure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Remove figure"),
                                         QT_TRANSLATE_NOOP("ItemKind", "Figures") };
    static constexpr auto fields = std::make_tuple(
        textField(&Figure::caption, "caption", QT_TRANSLATE_NOOP("ItemKind", "Caption"), Required),
        textField(&Figure::altText, "alt", QT_TRANSLATE_NOOP("ItemKind", "Alternative text"), MultiLine),
        textField(&Figure::mediaType, "type", QT_TRANSLATE_NOOP("ItemKind", "File type"), Required),
        dataField(&Figure::data, "data", QT_TRANSLATE_NOOP("ItemKind", "Picture")));
};

// A kind passed as a value, for the dispatcher below.
template<typename T>
struct KindTag
{
    using Type = T;
};

// Every kind, each after the kinds it refers to (departments before
// measures, sections before themes), so a whole plan can be written in
// this order. X(Type) is applied to each; templates defined in a .cpp
// instantiate themselves for every kind with it.
#define DXPLAN_ITEM_KINDS(X)                                                                        \
    X(AudienceGroup) X(Section) X(Principle) X(Role) X(Department) X(Theme) X(Direction)          \
    X(Measure) X(Kpi) X(SystemEntry) X(GlossaryEntry) X(Revision) X(Figure) X(Chapter)

// Calls f(KindTag<T>{}) for every kind, in the order above.
template<typename F>
void forEachKind(F &&f)
{
#define DXPLAN_VISIT_KIND(Type) f(KindTag<Type>{});
    DXPLAN_ITEM_KINDS(DXPLAN_VISIT_KIND)
#undef DXPLAN_VISIT_KIND
}

// Calls f(KindTag<T>{}) for the kind of `part`; false for Info and
// Everything.
template<typename F>
bool forKind(PlanChange::Part part, F &&f)
{
    bool found = false;
    forEachKind([&](auto tag) {
        if (!found && ItemKind<typename decltype(tag)::Type>::part == part) {
            found = true;
            f(tag);
        }
    });
    return found;
}

// Calls f(field) for each field of a simple kind.
template<typename T, typename F>
void forEachField(F &&f)
{
    std::apply([&](const auto &...field) { (f(field), ...); }, ItemKind<T>::fields);
}

template<typename T>
constexpr bool isSimpleKind = std::tuple_size_v<std::decay_t<decltype(ItemKind<T>::fields)>> > 0;

// The item of a kind with that id, wherever it lives, or nullptr.
template<typename T>
const T *findItem(const Plan &plan, int id)
{
    if constexpr (ItemKind<T>::isChild) {
        for (const Theme &t : plan.themes)
            if (const T *item = findById(ItemKind<T>::listOf(t), id))
                return item;
        return nullptr;
    } else {
        return findById(ItemKind<T>::list(plan, 0), id);
    }
}
