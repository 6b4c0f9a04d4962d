#pragma once

class PlanDocument;

// A tab of the main window's central area that shows the open plan (the
// roadmap, the KPI dashboard, ...). The window hands every view the current
// document, or nullptr when none is open, and routes File > Print and
// File > Export to the current tab when it supports them.
class DocumentView
{
public:
    virtual ~DocumentView() = default;
    virtual void setDocument(PlanDocument *document) = 0;

    virtual bool canPrint() const { return false; }
    virtual void print() { }
    virtual bool canExport() const { return false; }
    // Asks for a file name and format, then exports.
    virtual void exportFile() { }
};
