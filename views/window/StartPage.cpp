#include "views/window/StartPage.h"

#include "models/RecentFiles.h"
#include "models/SamplePlan.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("<h2>DX Plan Studio</h2>"), this);
    outer->addWidget(title);
    auto *intro = new QLabel(tr("Write your DX promotion plan as an outline of themes and measures, schedule "
                                "each measure over the fiscal years, set KPIs, then print the roadmap and "
                                "publish the plan document. Every change can be undone, and your work is "
                                "kept even if the PC stops."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *columns = new QGridLayout;
    columns->setHorizontalSpacing(32);
    auto *startHeading = new QLabel(tr("<b>Start</b>"), this);
    columns->addWidget(startHeading, 0, 0);
    auto *buttons = new QVBoxLayout;
    auto addButton = [this, buttons](const QString &name, const QString &text) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        buttons->addWidget(button);
        return button;
    };
    connect(addButton(QStringLiteral("startNewPlan"), tr("&New Plan")), &QPushButton::clicked, this,
            &StartPage::newPlanRequested);
    for (const QString &name : SamplePlan::names())
        connect(addButton(QStringLiteral("startSample_") + name, tr("New from Sample: %1").arg(SamplePlan::displayName(name))),
                &QPushButton::clicked, this, [this, name] { emit sampleRequested(name); });
    connect(addButton(QStringLiteral("startOpen"), tr("&Open a Plan File...")), &QPushButton::clicked, this,
            &StartPage::openRequested);
    auto *help = new QLabel(tr("<a href=\"#help\">How DX Plan Studio works</a> (the user manual, F1)"), this);
    help->setObjectName(QStringLiteral("startHelp"));
    connect(help, &QLabel::linkActivated, this, &StartPage::helpRequested);
    buttons->addSpacing(12);
    buttons->addWidget(help);
    buttons->addStretch(1);
    columns->addLayout(buttons, 1, 0);

    auto *recentHeading = new QLabel(tr("<b>Recent plans</b>"), this);
    columns->addWidget(recentHeading, 0, 1);
    m_recent->setObjectName(QStringLiteral("startRecent"));
    m_recent->setAccessibleName(tr("Recent plans"));
    m_recent->setToolTip(tr("Double-click or press Return to open"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    columns->addWidget(m_recent, 1, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    outer->addLayout(columns, 1);
    refresh();
}

void StartPage::refresh()
{
    m_recent->clear();
    QSettings settings;
    const QStringList paths = RecentFiles(&settings).paths();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName() + QStringLiteral("\n") + QDir::toNativeSeparators(info.absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No recent plans yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}
