#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include "models/Numbering.h"
#include "models/PlanLimits.h"
#include "models/PlanWords.h"
#include "views/common/PhaseText.h"
#include "views/itemmodels/PlanText.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QPushButton>

// The plan's own settings: title, organisation and its kind, the language
// its text is printed in, its period (possibly open-ended), how its
// sections, themes and measures are numbered, its names for the phase
// kinds, its vision and goal, and how glossary terms print.

namespace ItemEditors {

namespace {

// The organisation kinds as the editor lists them, largest first; each is
// one of PlanLimits::organisationKinds().
const QStringList &organisationKindChoices()
{
    static const QStringList kinds = { QStringLiteral("prefecture"), QStringLiteral("city"), QStringLiteral("town"),
                                       QStringLiteral("village"), QStringLiteral("other") };
    return kinds;
}

const QStringList &languageChoices()
{
    static const QStringList languages = { QStringLiteral("ja"), QStringLiteral("en") };
    return languages;
}

// A default of four more years when an open-ended plan gets an end.
constexpr int defaultPeriodYears = 4;

void addPeriod(ItemFieldEditor *editor, const InfoBinder &b)
{
    editor->addNumber(QStringLiteral("planStartYear"), EditorText::tr("First fiscal year"), PlanLimits::minYear,
                      PlanLimits::maxYear, b.get([](const PlanInfo &i) { return i.startYear; }),
                      b.set([](PlanInfo &i, const QVariant &v) { i.startYear = v.toInt(); },
                            EditorText::tr("Edit first fiscal year")));
    QWidget *endYear = editor->addNumber(
        QStringLiteral("planEndYear"), EditorText::tr("Last fiscal year"), PlanLimits::minYear, PlanLimits::maxYear,
        b.get([](const PlanInfo &i) { return i.isOpenEnded() ? i.startYear : i.endYear; }),
        b.set([](PlanInfo &i, const QVariant &v) {
            if (!i.isOpenEnded())
                i.endYear = v.toInt();
        }, EditorText::tr("Edit last fiscal year")));
    editor->addCheck(QStringLiteral("planOpenEnded"), EditorText::tr("No end year (対象期間を定めず)"),
                     b.get([](const PlanInfo &i) { return i.isOpenEnded(); }),
                     b.set([](PlanInfo &i, const QVariant &v) {
                         if (v.toBool())
                             i.endYear = 0;
                         else if (i.isOpenEnded())
                             i.endYear = i.startYear + defaultPeriodYears;
                     }, EditorText::tr("Change plan period")));
    QPointer<PlanDocument> doc = b.document;
    editor->disableWhen(endYear, [doc] { return doc && doc->plan().info.isOpenEnded(); });
}

void addNumbering(ItemFieldEditor *editor, const InfoBinder &b)
{
    struct LevelWords
    {
        const char *objectName;
        QString style;
        QString prefix;
        QString restart; // empty: the level has no parent to restart in
    };
    const LevelWords levels[PlanInfo::LevelCount] = {
        { "Section", EditorText::tr("Section number style"), EditorText::tr("Section number prefix"), QString() },
        { "Theme", EditorText::tr("Theme number style"), EditorText::tr("Theme number prefix"),
          EditorText::tr("Restart theme numbers in each section") },
        { "Measure", EditorText::tr("Measure number style"), EditorText::tr("Measure number prefix"),
          EditorText::tr("Restart measure numbers in each theme") },
    };
    QStringList styles;
    for (int s = 0; s < LevelNumbering::styleCount; ++s) {
        const auto style = LevelNumbering::Style(s);
        styles << (style == LevelNumbering::Style::None ? EditorText::tr("none") : PlanNumbers::example(style));
    }
    for (int level = 0; level < PlanInfo::LevelCount; ++level) {
        const LevelWords &words = levels[level];
        const QString name = QStringLiteral("planNumbering") + QLatin1String(words.objectName);
        editor->addChoice(name + QStringLiteral("Style"), words.style, styles,
                          b.get([level](const PlanInfo &i) { return int(i.numbering[level].style); }),
                          b.set([level](PlanInfo &i, const QVariant &v) {
                              i.numbering[level].style = LevelNumbering::Style(v.toInt());
                          }, EditorText::tr("Change numbering")));
        editor->addLine(name + QStringLiteral("Prefix"), words.prefix,
                        b.get([level](const PlanInfo &i) { return i.numbering[level].prefix; }),
                        b.set([level](PlanInfo &i, const QVariant &v) { i.numbering[level].prefix = v.toString(); },
                              EditorText::tr("Change numbering"), PrefixKey + level));
        // The top level has no parent: its numbers run through the plan.
        if (!words.restart.isEmpty())
            editor->addCheck(name + QStringLiteral("Restart"), words.restart,
                             b.get([level](const PlanInfo &i) { return i.numbering[level].restart; }),
                             b.set([level](PlanInfo &i, const QVariant &v) { i.numbering[level].restart = v.toBool(); },
                                   EditorText::tr("Change numbering")));
    }
}

void addPhaseNames(ItemFieldEditor *editor, const InfoBinder &b)
{
    auto *heading = new QLabel(EditorText::tr("The plan's names for the phases (empty: the standard word)"), editor);
    heading->setWordWrap(true);
    editor->addRow(QString(), heading);
    QList<QLineEdit *> lines;
    for (int kind = 0; kind < PlanText::phaseKindCount; ++kind) {
        lines << editor->addLine(
            QStringLiteral("planPhaseName%1").arg(kind), PhaseText::kindName(Phase::Kind(kind)),
            b.get([kind](const PlanInfo &i) { return i.phaseKindNames.value(kind); }),
            b.set([kind](PlanInfo &i, const QVariant &v) {
                while (i.phaseKindNames.size() <= kind)
                    i.phaseKindNames << QString();
                i.phaseKindNames[kind] = v.toString();
                while (!i.phaseKindNames.isEmpty() && i.phaseKindNames.last().isEmpty())
                    i.phaseKindNames.removeLast();
            }, EditorText::tr("Edit phase names"), PhaseNameKey + kind));
    }
    // An empty name prints the standard word in the plan's language.
    QPointer<PlanDocument> doc = b.document;
    auto showStandardWords = [doc, lines] {
        if (!doc)
            return;
        PlanInfo standard = doc->plan().info;
        standard.phaseKindNames.clear();
        for (int kind = 0; kind < lines.size(); ++kind)
            lines[kind]->setPlaceholderText(PhaseText::kindName(standard, Phase::Kind(kind)));
    };
    showStandardWords();
    QObject::connect(doc, &PlanDocument::changed, editor, showStandardWords);
}

// Offers the audiences a plan of its kind usually has, while it has none.
void addDefaultAudiences(ItemFieldEditor *editor, PlanDocument *document)
{
    QPointer<PlanDocument> doc = document;
    auto *button = new QPushButton(EditorText::tr("Add the usual audiences"), editor);
    button->setObjectName(QStringLiteral("planDefaultAudiences"));
    auto showNames = [doc, button] {
        if (doc)
            button->setToolTip(PlanWords::defaultAudiences(doc->plan().info).join(QStringLiteral(", ")));
    };
    showNames();
    QObject::connect(doc, &PlanDocument::changed, button, showNames);
    QObject::connect(button, &QPushButton::clicked, button, [doc] {
        if (!doc || doc->isReadOnly() || !doc->plan().audiences.isEmpty())
            return;
        const ItemWords &words = ItemKind<AudienceGroup>::words;
        doc->undoStack()->beginMacro(words.tr(words.add));
        for (const QString &name : PlanWords::defaultAudiences(doc->plan().info)) {
            AudienceGroup audience;
            audience.id = doc->nextId<AudienceGroup>();
            audience.name = name;
            doc->undoStack()->push(new InsertItem<AudienceGroup>(doc, audience, int(doc->plan().audiences.size()),
                                                                 words.tr(words.add)));
        }
        doc->undoStack()->endMacro();
    });
    editor->addRow(QString(), button);
    editor->disableWhen(button, [doc, editor] { return !doc || editor->isReadOnly() || !doc->plan().audiences.isEmpty(); });
}

} // namespace

ItemFieldEditor *buildInfo(PlanDocument *document, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Plan"));
    const InfoBinder b { document };
    auto text = [&](const QString &name, const QString &label, QString PlanInfo::*member, int key, bool multiLine) {
        auto get = b.get([member](const PlanInfo &i) { return i.*member; });
        auto set = b.set([member](PlanInfo &i, const QVariant &v) { i.*member = v.toString(); },
                         EditorText::tr("Edit %1").arg(label), key);
        if (multiLine)
            editor->addText(name, label, get, set);
        else
            editor->addLine(name, label, get, set);
    };
    text(QStringLiteral("planTitle"), EditorText::tr("Title"), &PlanInfo::title, TitleKey, false);
    text(QStringLiteral("planOrganisation"), EditorText::tr("Organisation"), &PlanInfo::organisation, OrganisationKey, false);
    editor->addChoice(QStringLiteral("planOrganisationKind"), EditorText::tr("Kind of organisation"),
                      { EditorText::tr("Prefecture"), EditorText::tr("City"), EditorText::tr("Town"),
                        EditorText::tr("Village"), EditorText::tr("Other") },
                      b.get([](const PlanInfo &i) { return organisationKindChoices().indexOf(i.organisationKind); }),
                      b.set([](PlanInfo &i, const QVariant &v) { i.organisationKind = organisationKindChoices().value(v.toInt()); },
                            EditorText::tr("Change kind of organisation")));
    addDefaultAudiences(editor, document);
    editor->addChoice(QStringLiteral("planLanguage"), EditorText::tr("Language of the printed plan"),
                      { QStringLiteral("日本語"), QStringLiteral("English") },
                      b.get([](const PlanInfo &i) { return languageChoices().indexOf(i.language); }),
                      b.set([](PlanInfo &i, const QVariant &v) { i.language = languageChoices().value(v.toInt()); },
                            EditorText::tr("Change plan language")));
    addPeriod(editor, b);
    addNumbering(editor, b);
    addPhaseNames(editor, b);
    text(QStringLiteral("planVision"), EditorText::tr("Vision"), &PlanInfo::vision, VisionKey, false);
    text(QStringLiteral("planGoal"), EditorText::tr("Goal"), &PlanInfo::goal, GoalKey, true);
    editor->addChoice(QStringLiteral("planTermStyle"), EditorText::tr("Glossary terms in the document"),
                      { EditorText::tr("Numbered notes"), EditorText::tr("Links to the glossary") },
                      b.get([](const PlanInfo &i) { return int(i.termStyle); }),
                      b.set([](PlanInfo &i, const QVariant &v) { i.termStyle = PlanInfo::TermStyle(v.toInt()); },
                            EditorText::tr("Change how glossary terms print")));
    return editor;
}

} // namespace ItemEditors
