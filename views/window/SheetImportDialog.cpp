#include "views/window/SheetImportDialog.h"

#include "models/sheets/SheetFile.h"
#include "views/common/PhaseText.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

using Field = SheetColumnRole::Field;

const QColor doubtColour(255, 200, 200);
const QColor filledColour(200, 220, 240);
const QColor headerColour(230, 230, 230);

QString roleText(const SheetColumnRole &role)
{
    switch (role.field) {
    case Field::Ignore:
        return SheetImportDialog::tr("(not imported)");
    case Field::Theme:
        return SheetImportDialog::tr("Theme");
    case Field::Number:
        return SheetImportDialog::tr("Number");
    case Field::Title:
        return SheetImportDialog::tr("Measure title");
    case Field::Departments:
        return SheetImportDialog::tr("Departments");
    case Field::Audience:
        return SheetImportDialog::tr("Audience");
    case Field::Overview:
        return SheetImportDialog::tr("Overview");
    case Field::Year:
        return role.month == 0 ? SheetImportDialog::tr("FY%1").arg(role.year)
                               : SheetImportDialog::tr("FY%1, month %2").arg(role.year).arg(role.month);
    }
    return QString();
}

QString phaseRange(const Phase &p)
{
    const auto point = [](int year, int month) {
        return month == 0 ? QStringLiteral("FY%1").arg(year) : QStringLiteral("FY%1/%2").arg(year).arg(month);
    };
    return point(p.startYear, p.startMonth) + QStringLiteral(" – ") + point(p.endYear, p.endMonth);
}

} // namespace

SheetImportDialog::SheetImportDialog(const SheetBook &book, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_book(book)
{
    setObjectName(QStringLiteral("sheetImportDialog"));
    setWindowTitle(tr("Import Spreadsheet: %1").arg(fileName));
    resize(1100, 750);

    m_sheetCombo = new QComboBox;
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    for (const SheetGrid &grid : std::as_const(m_book.sheets))
        m_sheetCombo->addItem(grid.name);
    m_headerRow = new QSpinBox;
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(1, SheetGrid::maxRows);
    auto *form = new QFormLayout;
    form->addRow(tr("&Sheet:"), m_sheetCombo);
    form->addRow(tr("&Header row:"), m_headerRow);

    m_roles = new QTableWidget(0, 3);
    m_roles->setObjectName(QStringLiteral("columnRoles"));
    m_roles->setHorizontalHeaderLabels({ tr("Column"), tr("Header"), tr("Read as") });
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setStretchLastSection(true);

    m_sheetView = new QTableWidget;
    m_sheetView->setObjectName(QStringLiteral("sheetView"));
    m_sheetView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHeaderLabels({ tr("Theme / measure / phase"), tr("Years"), tr("Departments") });
    m_doubts = new QListWidget;
    m_doubts->setObjectName(QStringLiteral("importDoubts"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(new QLabel(tr("What each column holds:")));
    leftLayout->addWidget(m_roles);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_sheetView);
    right->addWidget(m_preview);
    right->addWidget(m_doubts);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("sheetImportOk"));
    m_ok->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("sheetImportCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, &SheetImportDialog::showSheet);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { setHeaderRow(row - 1); });

    const int chosen = SheetFile::chooseSheet(m_book);
    m_sheetCombo->setCurrentIndex(qMax(0, chosen));
    showSheet(qMax(0, chosen));
}

void SheetImportDialog::showSheet(int index)
{
    if (index < 0 || index >= m_book.sheets.size())
        return;
    m_sheet = index;
    const SheetGrid &grid = m_book.sheets[index];
    m_mapping = SheetLayout::detect(grid);
    if (m_mapping.headerRow < 0) {
        m_mapping.headerRow = 0;
        m_mapping.firstDataRow = 1;
    }
    const int rows = qMin(grid.rowCount(), shownRows);
    const int columns = grid.columnCount();
    m_sheetView->clear();
    m_sheetView->setRowCount(rows);
    m_sheetView->setColumnCount(columns);
    QStringList letters;
    for (int c = 0; c < columns; ++c)
        letters << SheetGrid::columnName(c);
    m_sheetView->setHorizontalHeaderLabels(letters);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const SheetCell cell = grid.cell(r, c);
            if (cell.isEmpty())
                continue;
            auto *item = new QTableWidgetItem(cell.text);
            if (cell.filled)
                item->setBackground(filledColour);
            m_sheetView->setItem(r, c, item);
        }
    for (const SheetRange &merge : grid.merges)
        if (merge.top < rows && (merge.bottom > merge.top || merge.right > merge.left))
            m_sheetView->setSpan(merge.top, merge.left, qMin(merge.bottom, rows - 1) - merge.top + 1, merge.right - merge.left + 1);
    showMapping();
}

void SheetImportDialog::showMapping()
{
    const SheetGrid &grid = m_book.sheets[m_sheet];
    {
        const QSignalBlocker blocker(m_headerRow);
        m_headerRow->setValue(m_mapping.headerRow + 1);
    }
    // The years a column may be given: those the sheet shows, and a few
    // around them.
    int first = 0, last = 0;
    for (const SheetColumnRole &role : std::as_const(m_mapping.columns))
        if (role.isSchedule()) {
            first = first == 0 ? role.year : qMin(first, role.year);
            last = qMax(last, role.year);
        }
    if (first == 0)
        first = last = QDate::currentDate().year();
    const int columns = grid.columnCount();
    m_roles->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        m_roles->setItem(c, 0, new QTableWidgetItem(SheetGrid::columnName(c)));
        m_roles->setItem(c, 1, new QTableWidgetItem(grid.text(m_mapping.headerRow, c).simplified()));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("role_") + SheetGrid::columnName(c));
        for (Field field : { Field::Ignore, Field::Theme, Field::Number, Field::Title, Field::Departments, Field::Audience, Field::Overview })
            combo->addItem(roleText({ field, 0, 0 }), SheetMapping::roleName({ field, 0, 0 }));
        const SheetColumnRole current = m_mapping.role(c);
        if (current.isSchedule() && current.month != 0)
            combo->addItem(roleText(current), SheetMapping::roleName(current));
        for (int year = first - 1; year <= last + 1; ++year)
            combo->addItem(roleText({ Field::Year, year, 0 }), SheetMapping::roleName({ Field::Year, year, 0 }));
        combo->setCurrentIndex(qMax(0, combo->findData(SheetMapping::roleName(current))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, c, combo] { setRole(c, combo->currentData().toString()); });
        m_roles->setCellWidget(c, 2, combo);
    }
    for (int c = 0; c < m_sheetView->columnCount(); ++c)
        if (QTableWidgetItem *header = m_sheetView->item(m_mapping.headerRow, c))
            header->setBackground(headerColour);
    updatePreview();
}

void SheetImportDialog::setRole(int column, const QString &roleName)
{
    SheetColumnRole role;
    if (!SheetMapping::roleFromName(roleName, &role))
        return;
    m_mapping.setRole(column, role);
    updatePreview();
}

void SheetImportDialog::setHeaderRow(int row)
{
    const SheetGrid &grid = m_book.sheets[m_sheet];
    if (row < 0 || row >= qMax(1, grid.rowCount()))
        return;
    // A header chosen by hand: its columns read again by their words.
    m_mapping = SheetLayout::detect(grid, row);
    showMapping();
}

void SheetImportDialog::updatePreview()
{
    const SheetGrid &grid = m_book.sheets[m_sheet];
    const bool usable = m_mapping.columnOf(Field::Title) >= 0 && m_mapping.hasSchedule();
    m_result = usable ? SheetImport::convert(grid, m_mapping) : SheetImport();

    m_preview->clear();
    for (const ImportedTheme &theme : std::as_const(m_result.themes)) {
        auto *themeItem = new QTreeWidgetItem(m_preview, { theme.title });
        for (const ImportedMeasure &m : theme.measures) {
            QStringList departments = m.departments;
            if (m.allDepartments)
                departments.prepend(tr("All departments"));
            auto *measureItem = new QTreeWidgetItem(themeItem, { m.title, QString(), departments.join(tr(", ")) });
            for (const Phase &p : m.phases)
                new QTreeWidgetItem(measureItem, { PhaseText::label(p) + QStringLiteral(" (") + PhaseText::kindName(p.kind) + QLatin1Char(')'),
                                                   phaseRange(p) });
        }
    }
    m_preview->expandAll();

    // Cells read with doubt: marked in the sheet and listed.
    for (int r = 0; r < m_sheetView->rowCount(); ++r)
        for (int c = 0; c < m_sheetView->columnCount(); ++c)
            if (QTableWidgetItem *item = m_sheetView->item(r, c)) {
                item->setToolTip(QString());
                item->setBackground(grid.cell(r, c).filled ? filledColour : (r == m_mapping.headerRow ? headerColour : QColor(Qt::white)));
            }
    m_doubts->clear();
    for (const SheetDoubt &doubt : std::as_const(m_result.doubts)) {
        m_doubts->addItem(doubt.cell + QStringLiteral(": ") + doubt.text);
        const QString ref = doubt.cell.mid(doubt.cell.lastIndexOf(QLatin1Char('!')) + 1);
        qint64 row = 0, column = 0;
        if (SheetGrid::parseCellName(ref, &row, &column) && row < m_sheetView->rowCount() && column < m_sheetView->columnCount()) {
            QTableWidgetItem *item = m_sheetView->item(int(row), int(column));
            if (!item) {
                item = new QTableWidgetItem;
                m_sheetView->setItem(int(row), int(column), item);
            }
            item->setBackground(doubtColour);
            item->setToolTip(doubt.text);
        }
    }

    if (!usable)
        m_summary->setText(tr("Choose which column holds the measure titles and which hold fiscal years."));
    else
        m_summary->setText(tr("%1 themes, %2 measures; %3 cells read with doubt (marked in red).")
                               .arg(m_result.themes.size())
                               .arg(m_result.measureCount())
                               .arg(m_result.doubts.size()));
    m_ok->setEnabled(usable && m_result.measureCount() > 0);
}
