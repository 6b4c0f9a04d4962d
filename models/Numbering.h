#pragma once

#include "models/Plan.h"

#include <QHash>
#include <QString>

// The numbers a plan prints before its sections, themes and measures, as
// its numbering settings (PlanInfo::numbering) say. The outline, tables,
// roadmap, KPI output and document all take their numbers from here.
//
// The top level is the sequence of sections and of themes that are in no
// section, in the order of the plan's themes; both are numbered in the
// section style (Nishinoshima: 重点的に取り組む事項1–5 are themes, 6 その他事項
// is a section holding (1)–(7)). A section with no theme yet comes after.
class PlanNumbers
{
public:
    PlanNumbers() = default;
    explicit PlanNumbers(const Plan &plan);

    // The level's own label, prefix included: "重点的に取り組む事項6", "(1)",
    // "ア", "①"; empty for the style None or an unknown id.
    QString section(int sectionId) const { return m_section.value(sectionId); }
    QString theme(int themeId) const { return m_theme.value(themeId); }
    QString measure(int measureId) const { return m_measure.value(measureId); }
    // The whole path without prefixes, for a row read on its own (a table
    // cell, a continuation page): "6(1)①", "(2)ア", "3-2".
    QString fullTheme(int themeId) const { return m_fullTheme.value(themeId); }
    QString fullMeasure(int measureId) const { return m_fullMeasure.value(measureId); }

    // A fingerprint of everything the numbers depend on: the numbering
    // settings and the order of sections, themes and measures. Equal keys,
    // equal numbers; working it out is far cheaper than the numbers.
    static size_t orderKey(const Plan &plan);

    // n (from 1) in a style, without prefix: 1, (1), ア, (ア), ①, 第1, "".
    static QString format(LevelNumbering::Style style, int n);
    // "1, (1), ア, ..." as shown in the settings: the style's first number.
    static QString example(LevelNumbering::Style style) { return format(style, 1); }

private:
    QHash<int, QString> m_section;
    QHash<int, QString> m_theme;
    QHash<int, QString> m_measure;
    QHash<int, QString> m_fullTheme;
    QHash<int, QString> m_fullMeasure;
};
