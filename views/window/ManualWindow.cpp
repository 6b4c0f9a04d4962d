#include "views/window/ManualWindow.h"

#include "views/common/Language.h"
#include "views/common/WindowPlacement.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

ManualWindow::ManualWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("DX Plan Studio User Manual"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(source(Language::effective())));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    WindowPlacement::fitDialog(this, 820, 900);
}

QString ManualWindow::source(const QString &language)
{
    return language == QLatin1String("ja") ? QStringLiteral("qrc:/manual/manual_ja.html")
                                           : QStringLiteral("qrc:/manual/manual_en.html");
}
