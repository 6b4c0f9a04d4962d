#include "models/Numbering.h"

namespace {

using Style = LevelNumbering::Style;

// アイウエオ順, as plans number their items: ア イ ウ ... ン; past the
// end the number is written in digits.
QString katakana(int n)
{
    static const QString letters = QStringLiteral(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン");
    return n >= 1 && n <= letters.size() ? QString(letters.at(n - 1)) : QString::number(n);
}

QString withPrefix(const LevelNumbering &level, int n)
{
    const QString number = PlanNumbers::format(level.style, n);
    return level.style == Style::None ? QString() : level.prefix + number;
}

// Joins path parts; two plain numbers side by side get a hyphen so that
// 3 and 2 do not read as 32.
QString joined(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty() && text.back().isDigit() && part.front().isDigit())
            text += QLatin1Char('-');
        text += part;
    }
    return text;
}

} // namespace

QString PlanNumbers::format(Style style, int n)
{
    switch (style) {
    case Style::Arabic: return QString::number(n);
    case Style::Parenthesised: return QStringLiteral("(%1)").arg(n);
    case Style::Katakana: return katakana(n);
    case Style::ParenthesisedKatakana: return QStringLiteral("(%1)").arg(katakana(n));
    case Style::Circled: return circledNumber(n);
    case Style::Dai: return QStringLiteral("第%1").arg(n);
    case Style::None: break;
    }
    return QString();
}

size_t PlanNumbers::orderKey(const Plan &plan)
{
    size_t key = 0;
    const auto mix = [&key](auto value) { key = qHashMulti(key, value); };
    for (const LevelNumbering &level : plan.info.numbering) {
        mix(int(level.style));
        mix(level.prefix);
        mix(level.restart);
    }
    for (const Section &section : plan.sections)
        mix(section.id);
    mix(-1);
    for (const Theme &theme : plan.themes) {
        mix(theme.id);
        mix(theme.sectionId);
        for (const Measure &measure : theme.measures)
            mix(measure.id);
        mix(-1);
    }
    return key;
}

PlanNumbers::PlanNumbers(const Plan &plan)
{
    const LevelNumbering &top = plan.info.numbering[PlanInfo::SectionLevel];
    const LevelNumbering &themes = plan.info.numbering[PlanInfo::ThemeLevel];
    const LevelNumbering &measures = plan.info.numbering[PlanInfo::MeasureLevel];
    QHash<int, QString> sectionPlain;
    QHash<int, int> themesInSection;
    int topCount = 0;
    int sectionThemeCount = 0; // themes of all sections, when numbers run on
    int measureCount = 0;
    // At their final size at once: grown a measure at a time, the two
    // largest tables were built again at every doubling.
    m_measure.reserve(plan.measureCount());
    m_fullMeasure.reserve(plan.measureCount());
    for (const Theme &theme : plan.themes) {
        QString path;
        if (theme.sectionId && plan.section(theme.sectionId)) {
            if (!m_section.contains(theme.sectionId)) {
                ++topCount;
                m_section.insert(theme.sectionId, withPrefix(top, topCount));
                sectionPlain.insert(theme.sectionId, format(top.style, topCount));
            }
            int &inSection = themesInSection[theme.sectionId];
            ++inSection;
            ++sectionThemeCount;
            const int n = themes.restart ? inSection : sectionThemeCount;
            m_theme.insert(theme.id, withPrefix(themes, n));
            path = joined({ sectionPlain.value(theme.sectionId), format(themes.style, n) });
        } else if (top.style == Style::None) {
            // Unnumbered sections: a theme outside them is numbered like
            // the themes inside (version 1 plans, which numbered all
            // themes 1, 2, ... through the plan).
            ++sectionThemeCount;
            m_theme.insert(theme.id, withPrefix(themes, sectionThemeCount));
            path = format(themes.style, sectionThemeCount);
        } else {
            ++topCount;
            m_theme.insert(theme.id, withPrefix(top, topCount));
            path = format(top.style, topCount);
        }
        m_fullTheme.insert(theme.id, path);
        for (int i = 0; i < theme.measures.size(); ++i) {
            ++measureCount;
            const int n = measures.restart ? i + 1 : measureCount;
            const int id = theme.measures[i].id;
            m_measure.insert(id, withPrefix(measures, n));
            m_fullMeasure.insert(id, joined({ path, format(measures.style, n) }));
        }
    }
    for (const Section &section : plan.sections)
        if (!m_section.contains(section.id))
            m_section.insert(section.id, withPrefix(top, ++topCount));
}
