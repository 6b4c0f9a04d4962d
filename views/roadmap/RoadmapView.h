#pragma once

#include "models/PlanDocument.h"
#include "views/common/DocumentView.h"
#include "views/roadmap/RoadmapOptions.h"

#include <QPointer>
#include <QWidget>

class Prompter;
class RoadmapCanvas;
class QAction;
class QComboBox;
class QToolButton;

// The roadmap tab: a tool bar for the years, filters, columns and paper,
// above the roadmap canvas. Era style follows the application setting.
// Printing and export use the same options, so the paper shows what the
// screen shows.
class RoadmapView : public QWidget, public DocumentView
{
    Q_OBJECT

public:
    explicit RoadmapView(QWidget *parent = nullptr);
    ~RoadmapView() override;

    void setDocument(PlanDocument *document) override;
    bool canPrint() const override;
    void print() override;
    bool canExport() const override;
    void exportFile() override;
    // Writes the roadmap to `path`, the format from its extension. A PNG too
    // large for one picture is written one file per page (path-001.png, ...)
    // if the user agrees. Problems are told to the user.
    void exportTo(const QString &path, const RoadmapOptions &options);
    // Asks and tells through `prompter` (the window's), or message boxes.
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    RoadmapCanvas *canvas() const { return m_canvas; }
    const RoadmapOptions &options() const;
    void setOptions(const RoadmapOptions &options);

private:
    void fillChoices();
    void showOptions(const RoadmapOptions &options);
    void applyControls();
    void onDocumentChanged(const PlanChange &change);

    QPointer<PlanDocument> m_document;
    RoadmapCanvas *m_canvas;
    QComboBox *m_firstYear;
    QComboBox *m_lastYear;
    QToolButton *m_themes;
    QComboBox *m_department;
    QComboBox *m_principle;
    QComboBox *m_era;
    QComboBox *m_paper;
    QAction *m_departmentsColumn;
    QAction *m_audienceColumn;
    QAction *m_todayLine;
    bool m_updatingControls = false;
    Prompter *m_prompter = nullptr;
};
