#pragma once

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class DateField;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE
class KpiActualsModel;
class KpiMeasureLinksModel;
class KpiYearGridModel;
class PlanDocument;
struct Kpi;
struct PlanChange;

// The fields of the selected KPI: direction, baseline, theme, linked
// measures, data source and description, the yearly target grid and the
// list of actuals. Every edit is pushed on the document's undo stack as a
// ReplaceItem<Kpi>; typing in a text field merges into one command.
class KpiDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KpiDetailsEditor(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    void setKpi(int kpiId);
    int kpiId() const { return m_kpiId; }

private:
    // Merge keys of the typed fields (distinct from KpiTableModel's columns).
    enum Field { DescriptionField = 100, SourceField };

    QWidget *buildForm();
    QWidget *buildActuals();
    void planChanged(const PlanChange &change);
    // Refills the theme and measure choices now when shown, else on the
    // next show: the theme list is rebuilt item by item, and a plan of
    // thousands of themes must not slow every edit down.
    void reloadWhenShown();
    void showEvent(QShowEvent *event) override;
    // Shows the KPI's values; `rebuild` refills the theme and measure choices.
    void load(bool rebuild);
    void loadChoices(const Kpi &kpi, bool rebuild);
    void push(const Kpi &after, const QString &text, int mergeKey = -1);
    const Kpi *kpi() const;

    void directionChosen(int index);
    void themeChosen(int index);
    void baselineEdited();
    // The date field shows 2024-11 or 2024-11-30 as the checkbox says.
    void measureToggled(int measureId, bool linked);
    void addActual();
    void removeActual();
    void reviseTarget();

    QPointer<PlanDocument> m_document;
    int m_kpiId = 0;
    bool m_stale = false;
    bool m_loading = false;
    QComboBox *m_direction;
    QLineEdit *m_baselineValue;
    DateField *m_baselineDate;
    QCheckBox *m_baselineMonthOnly; // 令和6年11月: the month, no day

    QComboBox *m_theme;
    QLineEdit *m_source;
    QPlainTextEdit *m_description;
    QListView *m_measures;
    QTableView *m_targetGrid;
    QTableView *m_actualsTable;
    QPushButton *m_addActual;
    QPushButton *m_removeActual;
    QPushButton *m_reviseTarget;
    KpiYearGridModel *m_gridModel;
    KpiActualsModel *m_actualsModel;
    KpiMeasureLinksModel *m_measureLinks;
};
