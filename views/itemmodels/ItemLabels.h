#pragma once

#include "models/ItemKinds.h"
#include "models/Numbering.h"
#include "models/PlanDocument.h"

#include <QString>
#include <type_traits>

// What the outline and the editors show for an item: its title, and the
// number before it. A simple kind needs nothing here: its title is its
// first text field and its number its first number field (a system's
// 連番). The kinds that read otherwise have their overload here, the one
// place that knows them; numbers always come from PlanNumbers.
namespace ItemLabels {

// Words ("Glossary entry", "title") as an identifier part for object
// names: "glossaryEntry", or with upperFirst "GlossaryEntry".
QString identifier(const char *words, bool upperFirst);

QString title(const Theme &theme);
QString title(const Measure &measure);
QString title(const Kpi &kpi);
QString title(const Revision &revision);

template<typename T>
QString title(const T &item)
{
    QString text;
    bool found = false;
    forEachField<T>([&](const auto &field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(item.*(field.member))>, QString>) {
            if (!found)
                text = item.*(field.member);
            found = true;
        }
    });
    return text;
}

// Gives the item the title title() reads; false for kinds whose label is
// not one text (a revision shows its date and kind).
bool setTitle(Theme &theme, const QString &title);
bool setTitle(Measure &measure, const QString &title);
bool setTitle(Kpi &kpi, const QString &title);
bool setTitle(Revision &revision, const QString &title);

template<typename T>
bool setTitle(T &item, const QString &text)
{
    bool found = false;
    forEachField<T>([&](const auto &field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(item.*(field.member))>, QString>) {
            if (!found)
                item.*(field.member) = text;
            found = true;
        }
    });
    return found;
}

// `position` is the item's place among its siblings, from 0.
QString number(const PlanNumbers &numbers, const Section &section, int position);
QString number(const PlanNumbers &numbers, const Theme &theme, int position);
QString number(const PlanNumbers &numbers, const Measure &measure, int position);
QString number(const PlanNumbers &numbers, const Direction &direction, int position);
QString number(const PlanNumbers &numbers, const Principle &principle, int position);

template<typename T>
QString number(const PlanNumbers &, const T &item, int)
{
    QString text;
    forEachField<T>([&](const auto &field) {
        if constexpr (std::is_same_v<std::decay_t<decltype(item.*(field.member))>, int>) {
            if (text.isEmpty())
                text = QStringLiteral("%1.").arg(item.*(field.member));
        }
    });
    return text;
}

// An undo step's text naming its item, "Edit title: ② 電子申請サービスの活用",
// so that the undo history tells eleven title edits apart.
QString undoText(const QString &action, const QString &number, const QString &title);

template<typename T>
QString undoText(const QString &action, const PlanDocument &document, const T &item)
{
    const QList<T> &siblings = ItemKind<T>::list(document.plan(), ItemKind<T>::parentOf(item));
    int position = 0;
    while (position < siblings.size() && siblings[position].id != item.id)
        ++position;
    return undoText(action, number(document.numbers(), item, position), title(item));
}

} // namespace ItemLabels
