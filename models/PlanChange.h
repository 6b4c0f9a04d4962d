#pragma once

// What changed in a plan, announced by PlanDocument::changed() so that
// outline, tables, roadmap and charts stay in step.
struct PlanChange
{
    enum class Part {
        Info,
        Audience,
        Section,
        Principle,
        Role,
        Department,
        Theme,
        Direction,
        Measure,
        Kpi,
        System,
        Glossary,
        Revision,
        Chapter,
        Figure,
        Everything, // a new plan was loaded
    };
    enum class Action { Inserted, Changed, Removed, Moved, Reset };

    Part part = Part::Everything;
    Action action = Action::Reset;
    int id = 0;      // the item, 0 for Info and Everything
    int themeId = 0; // for measures and directions: their theme (after the change)
};
