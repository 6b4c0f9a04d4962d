// DX Plan Studio's desktop program: one main window per plan given on the
// command line (or an empty one), after offering back the unsaved work of
// plans left open by a crash. SIGTERM, SIGINT, SIGHUP and the end of the
// desktop session end it cleanly (see SessionEnd).
#include "models/PlanDocument.h"
#include "models/WorkingCopy.h"
#include "views/audit/UserNameDialog.h"
#include "views/common/Language.h"
#include "views/window/MainWindow.h"
#include "views/window/RecoveryDialog.h"
#include "views/window/SessionEnd.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QTabWidget>
#include <QTimer>

void dxplanLinkResources();

namespace {

// Japanese text needs a font that has it; IPAexGothic also keeps 「・」
// intact in printed PDFs. Without it Qt's own fallback is used.
void chooseFont(QApplication &app)
{
    const QString family = QStringLiteral("IPAexGothic");
    if (QFontDatabase::families().contains(family)) {
        QFont font = app.font();
        font.setFamilies({ font.family(), family });
        app.setFont(font);
    }
}

// Hidden option for docs/images: show the window, grab it, save, quit.
void screenshotLater(MainWindow *window, const QString &path)
{
    QTimer::singleShot(1500, window, [window, path] {
        const bool ok = window->grab().save(path);
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

// Ends the event loop once `window` has been shown and painted for the
// first time: the start-up benchmark (scripts/bench-startup.sh) times the
// process from launch to a window the user can work in.
class ExitAfterFirstPaint : public QObject
{
public:
    explicit ExitAfterFirstPaint(QWidget *window) : QObject(window) { window->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A widget window paints when it is first exposed; the exit is
        // queued behind that painting.
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // First of all, so that a signal never finds the default handler once
    // a plan is open: it asks the event loop to end, and the plans are
    // closed after app.exec() below.
    SessionEnd sessionEnd;
    QObject::connect(&sessionEnd, &SessionEnd::endRequested, &app, [] { QCoreApplication::exit(0); });
    dxplanLinkResources();
    QApplication::setApplicationName(QStringLiteral("DX Plan Studio"));
    QApplication::setOrganizationName(QStringLiteral("DX Plan Studio"));
    QApplication::setApplicationVersion(QStringLiteral(DXPLAN_VERSION));
    // Who saves, for the plans' manifests and locks; needs the settings'
    // names above.
    UserNameDialog::applyStoredName();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DX Plan Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Open the plans read-only."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("User interface language: en or ja."),
                                      QStringLiteral("language"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window and quit."),
                                  QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotTab(QStringLiteral("screenshot-tab"),
                                     QStringLiteral("With --screenshot: the central tab to show (its object name)."),
                                     QStringLiteral("name"));
    screenshotTab.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption exitAfterFirstPaint(QStringLiteral("exit-after-first-paint"),
                                           QStringLiteral("Quit once the window has been painted (for timing the start)."));
    exitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ readOnly, language, screenshot, screenshotTab, exitAfterFirstPaint });
    parser.addPositionalArgument(QStringLiteral("plans"), QStringLiteral("The .dxplan files to open."),
                                 QStringLiteral("[plan.dxplan...]"));
    parser.process(app);

    Language::install(&app, Language::effective(parser.value(language)));
    chooseFont(app);

    QList<MainWindow *> windows;
    auto newWindow = [&windows] {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        windows << window;
        return window;
    };

    if (!parser.isSet(screenshot)) {
        // Working copies left behind with nothing unsaved (their plan's file
        // has everything) go without a word; only real unsaved work is offered.
        WorkingCopy::removeUnchangedLeftovers();
        const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
        if (!left.isEmpty()) {
            RecoveryDialog dialog(left);
            dialog.exec();
            for (const QString &id : dialog.toRecover()) {
                if (sessionEnd.isEndRequested())
                    break;
                MainWindow *window = newWindow();
                if (!window->recoverWorkingCopy(id)) {
                    windows.removeOne(window);
                    delete window;
                }
            }
        }
    }

    for (const QString &path : parser.positionalArguments()) {
        if (sessionEnd.isEndRequested())
            break;
        // The same plan given twice opens once.
        if (MainWindow::windowWithFile(path))
            continue;
        MainWindow *window = newWindow();
        window->openFile(path, parser.isSet(readOnly));
    }
    if (windows.isEmpty())
        newWindow();
    if (parser.isSet(exitAfterFirstPaint))
        new ExitAfterFirstPaint(windows.first());
    for (MainWindow *window : std::as_const(windows))
        window->show();
    if (parser.isSet(screenshot)) {
        MainWindow *window = windows.first();
        // Show a measure with its schedule, as a planner would see it.
        if (PlanDocument *doc = window->document(); doc && !doc->plan().themes.isEmpty()
            && !doc->plan().themes.first().measures.isEmpty())
            window->selectNode(OutlineNode::of<Measure>(doc->plan().themes.first().measures.first().id));
        if (parser.isSet(screenshotTab)) {
            auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
            if (auto *page = window->findChild<QWidget *>(parser.value(screenshotTab)); tabs && page)
                tabs->setCurrentWidget(page);
        }
        screenshotLater(window, parser.value(screenshot));
    }
    // A signal that came while the recovery dialog was open ended that
    // dialog's loop; app.exec() would not see it again.
    const int status = sessionEnd.isEndRequested() ? 0 : app.exec();
    // However the loop ended (the last window closed, a signal, the end of
    // the session, the screenshot), no plan is left open: unsaved work
    // stays for recovery, everything else is closed cleanly.
    SessionEnd::endAll();
    qDeleteAll(MainWindow::windows());
    return status;
}
