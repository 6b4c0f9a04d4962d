// Signed plans and the audit panel, driven as a user drives them: File >
// Sign through its dialog, Trusted Certificates, the question before saving
// removes a signature, File > Properties, Edit > Your Name and the message
// when someone else has the plan open. The certificates are made here with
// the openssl command: a test root and a signer it issued.
#include "GuiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/PlanFileLock.h"
#include "models/PlanFileWriter.h"
#include "models/PlanSignature.h"
#include "models/SamplePlan.h"
#include "models/commands/ItemCommands.h"
#include "models/commands/RevisionCommands.h"
#include "views/audit/PlanPropertiesDialog.h"
#include "views/audit/SignDialog.h"
#include "views/audit/SignatureDisplay.h"
#include "views/audit/TrustedCertificatesDialog.h"
#include "views/audit/UserNameDialog.h"
#include "views/window/MainWindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

const QString signerName = QStringLiteral("西ノ島町");
const QString passphrase = QStringLiteral("correct horse");

// A test root certificate and a signer it issued, as an organisation's
// PKCS#12 file; made once per test in the test's folder.
class TestCertificates
{
public:
    explicit TestCertificates(const QString &folder) : m_folder(folder)
    {
        QFile config(file(QStringLiteral("openssl.cnf")));
        if (!config.open(QIODevice::WriteOnly))
            return;
        config.write("[req]\n"
                     "distinguished_name = dn\n"
                     "[dn]\n"
                     "[root]\n"
                     "basicConstraints = critical,CA:TRUE\n"
                     "keyUsage = critical,keyCertSign,cRLSign\n"
                     "subjectKeyIdentifier = hash\n"
                     "[signer]\n"
                     "basicConstraints = critical,CA:FALSE\n"
                     "keyUsage = critical,digitalSignature,nonRepudiation\n"
                     "subjectKeyIdentifier = hash\n"
                     "authorityKeyIdentifier = keyid\n");
        config.close();
        const QString cnf = file(QStringLiteral("openssl.cnf"));
        m_ok = run({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), cnf,
                     QStringLiteral("-extensions"), QStringLiteral("root"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                     file(QStringLiteral("root.key")), QStringLiteral("-out"), rootCertificate(),
                     QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                     QStringLiteral("/C=JP/O=Test Prefecture/CN=Test Prefecture Root") })
            && run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), cnf,
                     QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), file(QStringLiteral("signer.key")), QStringLiteral("-out"),
                     file(QStringLiteral("signer.csr")), QStringLiteral("-utf8"), QStringLiteral("-subj"),
                     QStringLiteral("/C=JP/O=%1/CN=%1 総務課").arg(signerName) })
            && run({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     file(QStringLiteral("signer.csr")), QStringLiteral("-CA"), rootCertificate(),
                     QStringLiteral("-CAkey"), file(QStringLiteral("root.key")), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"), cnf,
                     QStringLiteral("-extensions"), QStringLiteral("signer"), QStringLiteral("-out"),
                     file(QStringLiteral("signer.pem")) })
            && run({ QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     file(QStringLiteral("signer.key")), QStringLiteral("-in"), file(QStringLiteral("signer.pem")),
                     QStringLiteral("-certfile"), rootCertificate(), QStringLiteral("-passout"),
                     QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), signerKey() });
    }

    bool ok() const { return m_ok; }
    QString errors() const { return m_errors; }
    QString rootCertificate() const { return file(QStringLiteral("root.pem")); }
    QString signerKey() const { return file(QStringLiteral("signer.p12")); }

private:
    QString file(const QString &name) const { return m_folder + QLatin1Char('/') + name; }
    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
            m_errors += QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        return true;
    }

    QString m_folder;
    QString m_errors;
    bool m_ok = false;
};

class AuditTest : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        QDir().mkpath(path(QStringLiteral("trusted")));
        PlanSignature::setTrustedFolder(path(QStringLiteral("trusted")));
        UserNameDialog::applyStoredName();
        QDir().mkpath(path(QStringLiteral("certificates")));
        m_certificates = std::make_unique<TestCertificates>(path(QStringLiteral("certificates")));
        ASSERT_TRUE(m_certificates->ok()) << qPrintable(m_certificates->errors());
    }
    void TearDown() override { UserNameDialog::storeName(QString()); }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setPrompter(&m_prompter);
        return window;
    }
    // A window with the sample plan saved as `name`.
    std::unique_ptr<MainWindow> savedPlan(const QString &name)
    {
        auto window = makeWindow();
        EXPECT_TRUE(window->newPlan(SamplePlan::names().first()));
        EXPECT_TRUE(window->saveTo(path(name)));
        return window;
    }
    static void trigger(MainWindow *window, const char *name)
    {
        auto *action = window->findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
    }
    // File > Sign, its fields filled in as a user does, and Sign clicked.
    // Returns the dialog's problem ("" when it signed and closed).
    QString signThroughDialog(MainWindow *window, const QString &phrase)
    {
        trigger(window, "actionSign");
        SignDialog *dialog = nullptr;
        for (SignDialog *open : window->findChildren<SignDialog *>())
            if (open->isVisible())
                dialog = open;
        if (!dialog)
            return QStringLiteral("no sign dialog");
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(dialog->passphraseEdit()->echoMode(), QLineEdit::Password);
        dialog->keyFileEdit()->setText(m_certificates->signerKey());
        dialog->passphraseEdit()->setText(phrase);
        EXPECT_TRUE(dialog->signButton()->isEnabled());
        QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
        if (dialog->isVisible()) {
            const QString problem = dialog->problem();
            delete dialog;
            return problem.isEmpty() ? QStringLiteral("dialog stayed open without a problem") : problem;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return QString();
    }
    static SignatureInfo::State stateOf(MainWindow *window)
    {
        return window->document()->fileFacts().signature.state;
    }
    static QToolButton *status(MainWindow *window)
    {
        return window->findChild<QToolButton *>(QStringLiteral("signatureStatus"));
    }
    static QLabel *banner(MainWindow *window)
    {
        return window->findChild<QLabel *>(QStringLiteral("signatureBanner"));
    }

    FakePrompter m_prompter;
    std::unique_ptr<TestCertificates> m_certificates;
};

TEST_F(AuditTest, SigningThroughTheDialogAndTrustingTheRootMakesThePlanValid)
{
    auto window = savedPlan(QStringLiteral("signed.dxplan"));
    window->show();
    ASSERT_NE(status(window.get()), nullptr);
    ASSERT_NE(banner(window.get()), nullptr);
    EXPECT_EQ(stateOf(window.get()), SignatureInfo::State::Unsigned);
    EXPECT_TRUE(status(window.get())->isVisible());
    EXPECT_EQ(status(window.get())->toolTip().section(QLatin1Char('\n'), 0, 0),
              window->document()->fileFacts().signature.summary());
    EXPECT_FALSE(banner(window.get())->isVisible());

    // A wrong passphrase is said in the dialog, and nothing is signed.
    const QString wrong = signThroughDialog(window.get(), QStringLiteral("wrong"));
    EXPECT_FALSE(wrong.isEmpty());
    EXPECT_EQ(stateOf(window.get()), SignatureInfo::State::Unsigned);

    // Signed, but the test root is not trusted yet: a banner says so.
    ASSERT_EQ(signThroughDialog(window.get(), passphrase), QString());
    EXPECT_EQ(stateOf(window.get()), SignatureInfo::State::Untrusted);
    EXPECT_TRUE(banner(window.get())->isVisible());
    EXPECT_TRUE(banner(window.get())->text().contains(
        window->document()->fileFacts().signature.summary().toHtmlEscaped()));
    EXPECT_TRUE(status(window.get())->text().contains(signerName)) << qPrintable(status(window.get())->text());

    // Trusting the root judges the open plan again.
    TrustedCertificatesDialog *trusted = window->showTrustedCertificates();
    ASSERT_NE(trusted, nullptr);
    const int before = trusted->list()->count();
    EXPECT_FALSE(trusted->importFile(path(QStringLiteral("signed.dxplan")))); // not a certificate
    EXPECT_FALSE(trusted->problem().isEmpty());
    ASSERT_TRUE(trusted->importFile(m_certificates->rootCertificate())) << qPrintable(trusted->problem());
    EXPECT_EQ(trusted->list()->count(), before + 1);
    EXPECT_EQ(stateOf(window.get()), SignatureInfo::State::Valid);
    EXPECT_FALSE(banner(window.get())->isVisible());
    EXPECT_TRUE(status(window.get())->text().contains(signerName));

    // The panel shows the signer, issuer and dates.
    trigger(window.get(), "actionProperties");
    auto *properties = window->findChild<PlanPropertiesDialog *>();
    ASSERT_NE(properties, nullptr);
    using Field = PlanPropertiesDialog::Field;
    EXPECT_EQ(properties->value(Field::Signature), window->document()->fileFacts().signature.summary());
    EXPECT_TRUE(properties->value(Field::Signer).contains(signerName));
    EXPECT_TRUE(properties->value(Field::Issuer).contains(QLatin1String("Test Prefecture Root")));
    EXPECT_FALSE(properties->value(Field::ValidUntil).isEmpty());
    EXPECT_FALSE(properties->value(Field::SignedAt).isEmpty());
    EXPECT_TRUE(properties->value(Field::Problem).isEmpty());
    EXPECT_TRUE(properties->text().contains(signerName));

    // Opened again (in another window, after this one lets go), the
    // signature is verified on opening.
    window->closeDocument();
    auto reader = makeWindow();
    ASSERT_TRUE(reader->openFile(path(QStringLiteral("signed.dxplan")), true));
    EXPECT_EQ(stateOf(reader.get()), SignatureInfo::State::Valid);

    // Trust taken back: untrusted again, in every open window.
    TrustedCertificatesDialog *again = reader->showTrustedCertificates();
    again->list()->setCurrentRow(again->list()->count() - 1);
    ASSERT_TRUE(again->removeSelected()) << qPrintable(again->problem());
    EXPECT_EQ(stateOf(reader.get()), SignatureInfo::State::Untrusted);
    reader->closeDocument();
}

TEST_F(AuditTest, SavingASignedPlanAsksAndRemovesTheSignature)
{
    auto window = savedPlan(QStringLiteral("resaved.dxplan"));
    ASSERT_EQ(signThroughDialog(window.get(), passphrase), QString());
    ASSERT_NE(stateOf(window.get()), SignatureInfo::State::Unsigned);
    PlanDocument *document = window->document();

    PlanInfo info = document->plan().info;
    info.title += QStringLiteral("（改定案）");
    document->undoStack()->push(new ChangeInfo(document, info, QStringLiteral("Title")));
    ASSERT_TRUE(document->isModified());

    // Declined: nothing saved, still signed.
    m_prompter.answerYes = false;
    EXPECT_FALSE(window->save());
    ASSERT_EQ(m_prompter.questions.size(), 1);
    EXPECT_TRUE(m_prompter.questions[0].contains(QLatin1String("signature")));
    EXPECT_TRUE(m_prompter.questions[0].contains(signerName));
    EXPECT_TRUE(document->isModified());
    EXPECT_NE(stateOf(window.get()), SignatureInfo::State::Unsigned);

    // Accepted: saved, the signature gone, and the window says so.
    m_prompter.answerYes = true;
    EXPECT_TRUE(window->save());
    EXPECT_EQ(m_prompter.questions.size(), 2);
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(stateOf(window.get()), SignatureInfo::State::Unsigned);
    EXPECT_EQ(status(window.get())->text(), SignatureDisplay::shortText(document->fileFacts().signature));
    EXPECT_FALSE(status(window.get())->text().contains(signerName));

    // An unsigned plan saves without a question.
    info.title += QStringLiteral("2");
    document->undoStack()->push(new ChangeInfo(document, info, QStringLiteral("Title")));
    EXPECT_TRUE(window->save());
    EXPECT_EQ(m_prompter.questions.size(), 2);

    // Signing a plan with unsaved changes offers to save it first.
    info.title += QStringLiteral("3");
    document->undoStack()->push(new ChangeInfo(document, info, QStringLiteral("Title")));
    m_prompter.answerYes = false;
    EXPECT_EQ(window->signPlan(), nullptr);
    EXPECT_EQ(m_prompter.questions.size(), 3);
    m_prompter.answerYes = true;
    SignDialog *dialog = window->signPlan();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(document->isModified());
    delete dialog;
    window->closeDocument();
}

TEST_F(AuditTest, PropertiesShowWhoSavedWithTheConfiguredName)
{
    auto window = makeWindow();
    ASSERT_TRUE(window->newPlan(SamplePlan::names().first()));

    // Edit > Your Name, typed in and accepted.
    trigger(window.get(), "actionUserName");
    auto *nameDialog = window->findChild<UserNameDialog *>();
    ASSERT_NE(nameDialog, nullptr);
    EXPECT_EQ(nameDialog->nameEdit()->placeholderText(), PlanFileWriter::accountFullName());
    nameDialog->nameEdit()->setText(QStringLiteral("山田太郎"));
    nameDialog->accept();
    EXPECT_EQ(UserNameDialog::storedName(), QStringLiteral("山田太郎"));
    EXPECT_EQ(PlanFileWriter::userName(), QStringLiteral("山田太郎"));

    PlanDocument *document = window->document();
    document->undoStack()->push(new MarkRevision(
        document, newRevision(document, QStringLiteral("令和8年3月改定"), PlanDate(), QString()), QStringLiteral("Mark")));
    ASSERT_TRUE(window->saveTo(path(QStringLiteral("provenance.dxplan"))));

    PlanPropertiesDialog *properties = window->showProperties();
    ASSERT_NE(properties, nullptr);
    using Field = PlanPropertiesDialog::Field;
    EXPECT_EQ(properties->value(Field::SavedBy), QStringLiteral("山田太郎"));
    EXPECT_TRUE(properties->value(Field::CurrentRevision).contains(QStringLiteral("令和8年3月改定")))
        << qPrintable(properties->value(Field::CurrentRevision));
    EXPECT_EQ(properties->revisionView()->model()->rowCount(), int(document->plan().revisions.size()));
    EXPECT_TRUE(properties->value(Field::Integrity).contains(QLatin1String("SHA-256")));
    EXPECT_TRUE(properties->value(Field::Format).contains(
        QStringLiteral("%1.%2").arg(document->fileFacts().formatMajor).arg(document->fileFacts().formatMinor)));
    EXPECT_FALSE(properties->value(Field::Application).isEmpty());
    EXPECT_FALSE(properties->value(Field::SavedAt).isEmpty());
    EXPECT_EQ(properties->value(Field::Signature), document->fileFacts().signature.summary());
    EXPECT_TRUE(properties->value(Field::Signer).isEmpty());
    EXPECT_TRUE(properties->text().contains(QStringLiteral("山田太郎")));

    // Another name, another save: the open panel follows.
    UserNameDialog::storeName(QStringLiteral("佐藤花子"));
    PlanInfo info = document->plan().info;
    info.title += QStringLiteral("（案）");
    document->undoStack()->push(new ChangeInfo(document, info, QStringLiteral("Title")));
    ASSERT_TRUE(window->save());
    EXPECT_EQ(properties->value(Field::SavedBy), QStringLiteral("佐藤花子"));

    // Empty is the account's own name.
    UserNameDialog::storeName(QString());
    EXPECT_EQ(PlanFileWriter::userName(), PlanFileWriter::accountFullName());
    window->closeDocument();
}

TEST_F(AuditTest, TheLockMessageNamesThePersonWhoHasThePlanOpen)
{
    {
        auto writer = savedPlan(QStringLiteral("shared.dxplan"));
        writer->closeDocument();
    }
    // The real program, in a private home whose settings name its user.
    const QString root = path(QStringLiteral("other"));
    for (const char *folder : { "home", "data", "config", "cache", "runtime" })
        QDir().mkpath(root + QLatin1Char('/') + QLatin1String(folder));
    QFile::setPermissions(root + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    {
        QSettings settings(root + QStringLiteral("/config/DX Plan Studio/DX Plan Studio.conf"), QSettings::IniFormat);
        settings.setValue(UserNameDialog::settingsKey(), QStringLiteral("鈴木一郎"));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "DISPLAY", "SESSION_MANAGER" })
        env.remove(QLatin1String(name));
    QProcess other;
    other.setProcessEnvironment(env);
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QStringLiteral(DXPLAN_APP),
                { QStringLiteral("--lang"), QStringLiteral("en"), path(QStringLiteral("shared.dxplan")) });
    ASSERT_TRUE(other.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(PlanFileLock::lockFilePathFor(path(QStringLiteral("shared.dxplan")))) && timer.elapsed() < 20000)
        QTest::qWait(50);

    auto window = makeWindow();
    m_prompter.answerYes = false;
    EXPECT_FALSE(window->openFile(path(QStringLiteral("shared.dxplan"))));
    ASSERT_EQ(m_prompter.questions.size(), 1);
    EXPECT_TRUE(m_prompter.questions[0].contains(QStringLiteral("鈴木一郎"))) << qPrintable(m_prompter.questions[0]);
    EXPECT_FALSE(m_prompter.questions[0].contains(QLatin1String("process")));

    other.terminate();
    if (!other.waitForFinished(10000)) {
        other.kill();
        other.waitForFinished(5000);
    }
}

} // namespace
