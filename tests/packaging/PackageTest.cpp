// Builds the .deb with CPack, unpacks it into a temporary root and uses the
// programs from there only: what an IT officer's `apt install` gets.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Result
{
    int code = -1;
    QString out;
};

Result run(const QString &program, const QStringList &arguments, const QString &dir = QString(),
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, arguments);
    if (!p.waitForFinished(300000))
        return { -1, QStringLiteral("timed out") };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()) };
}

class PackageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_out = new QTemporaryDir;
        s_root = new QTemporaryDir;
        const Result cpack = run(QStringLiteral("cpack"), { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), s_out->path() },
                                 QStringLiteral(DXPLAN_BUILD_DIR));
        s_log = cpack.out;
        const QStringList debs = QDir(s_out->path()).entryList({ QStringLiteral("dxplan_*.deb") });
        if (cpack.code != 0 || debs.size() != 1)
            return;
        s_deb = s_out->filePath(debs.first());
        const Result unpack = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), s_deb, s_root->path() });
        s_log += unpack.out;
        s_unpacked = unpack.code == 0;
    }
    static void TearDownTestSuite()
    {
        delete s_out;
        delete s_root;
    }
    void SetUp() override
    {
        ASSERT_FALSE(s_deb.isEmpty()) << s_log.toStdString();
        ASSERT_TRUE(s_unpacked) << s_log.toStdString();
    }
    static QString installed(const QString &path) { return s_root->filePath(QStringLiteral("usr/") + path); }

    // The programs run with nothing of the build tree in their environment.
    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LD_LIBRARY_PATH"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    static inline QTemporaryDir *s_out = nullptr;
    static inline QTemporaryDir *s_root = nullptr;
    static inline QString s_deb;
    static inline QString s_log;
    static inline bool s_unpacked = false;
};

} // namespace

TEST_F(PackageTest, ControlDeclaresTheRuntimeDependencies)
{
    const Result info = run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), s_deb, QStringLiteral("Depends") });
    ASSERT_EQ(info.code, 0);
    for (const char *dependency : { "libqt6widgets6", "libqt6sql6-sqlite", "libqt6charts6", "fonts-ipaexfont-gothic" })
        EXPECT_TRUE(info.out.contains(QLatin1String(dependency))) << dependency << " missing in: " << info.out.toStdString();
}

TEST_F(PackageTest, InstalledCliRunsFromTheUnpackedTreeOnly)
{
    const QString cli = installed(QStringLiteral("bin/dxplan-cli"));
    ASSERT_TRUE(QFile::exists(cli));
    ASSERT_TRUE(QFile::exists(installed(QStringLiteral("bin/dxplan"))));
    const Result version = run(cli, { QStringLiteral("--version") }, QString(), cleanEnvironment());
    EXPECT_EQ(version.code, 0) << version.out.toStdString();
    EXPECT_TRUE(version.out.contains(QStringLiteral(DXPLAN_VERSION)));

    // KArchive resolves inside the unpacked tree, never in the build tree,
    // for the two programs dxplan-cli starts.
    for (const QString &program : { installed(QStringLiteral("libexec/dxplan/dxplan-cli-plain")),
                                    installed(QStringLiteral("libexec/dxplan/dxplan-cli-widgets")) }) {
        const Result ldd = run(QStringLiteral("ldd"), { program }, QString(), cleanEnvironment());
        const QString karchive = ldd.out.split(QLatin1Char('\n')).filter(QStringLiteral("libKF6Archive")).value(0);
        EXPECT_FALSE(karchive.isEmpty()) << program.toStdString() << ldd.out.toStdString();
        EXPECT_FALSE(karchive.contains(QStringLiteral("not found"))) << program.toStdString();
        EXPECT_FALSE(karchive.contains(QStringLiteral(DXPLAN_SOURCE_DIR))) << karchive.toStdString();
    }
}

TEST_F(PackageTest, InstalledCliExportsTheSampleRoadmapAndAKpiChart)
{
    QTemporaryDir work;
    const QString cli = installed(QStringLiteral("bin/dxplan-cli"));
    const QString plan = work.filePath(QStringLiteral("sample.dxplan"));
    Result r = run(cli, { QStringLiteral("new"), plan, QStringLiteral("--sample") }, work.path(), cleanEnvironment());
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    const QString pdf = work.filePath(QStringLiteral("roadmap.pdf"));
    r = run(cli, { QStringLiteral("roadmap"), plan, QStringLiteral("-o"), pdf, QStringLiteral("--paper"), QStringLiteral("A3") },
            work.path(), cleanEnvironment());
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_GT(file.size(), 1000);

    // A KPI chart: dxplan-cli starts the installed dxplan-cli-widgets.
    const QString chart = work.filePath(QStringLiteral("kpi.svg"));
    r = run(cli, { QStringLiteral("kpi"), plan, QStringLiteral("-o"), chart }, work.path(), cleanEnvironment());
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    QFile svg(chart);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
}

TEST_F(PackageTest, DesktopIntegrationFilesValidate)
{
    const QString desktop = installed(QStringLiteral("share/applications/org.dxplanstudio.DXPlanStudio.desktop"));
    const QString metainfo = installed(QStringLiteral("share/metainfo/org.dxplanstudio.DXPlanStudio.metainfo.xml"));
    ASSERT_TRUE(QFile::exists(desktop));
    ASSERT_TRUE(QFile::exists(metainfo));
    ASSERT_TRUE(QFile::exists(installed(QStringLiteral("share/mime/packages/dxplan.xml"))));
    ASSERT_TRUE(QFile::exists(installed(QStringLiteral("share/man/man1/dxplan-cli.1.gz"))));
    for (const char *size : { "16x16", "32x32", "48x48", "128x128", "256x256" }) {
        EXPECT_TRUE(QFile::exists(installed(QStringLiteral("share/icons/hicolor/%1/apps/dxplan.png").arg(QLatin1String(size))))) << size;
        EXPECT_TRUE(QFile::exists(installed(QStringLiteral("share/icons/hicolor/%1/mimetypes/application-vnd.dxplan+zip.png").arg(QLatin1String(size))))) << size;
    }
    EXPECT_TRUE(QFile::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/dxplan.svg"))));

    if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
        GTEST_SKIP() << "desktop-file-validate is not installed";
    Result r = run(QStringLiteral("desktop-file-validate"), { desktop });
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.trimmed().isEmpty()) << r.out.toStdString();
    if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
        GTEST_SKIP() << "appstreamcli is not installed";
    r = run(QStringLiteral("appstreamcli"), { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo });
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
}

TEST_F(PackageTest, MimeTypeMatchesByExtensionAndByContent)
{
    if (QStandardPaths::findExecutable(QStringLiteral("update-mime-database")).isEmpty())
        GTEST_SKIP() << "shared-mime-info is not installed";
    QTemporaryDir mime;
    QDir().mkpath(mime.filePath(QStringLiteral("packages")));
    ASSERT_TRUE(QFile::copy(installed(QStringLiteral("share/mime/packages/dxplan.xml")), mime.filePath(QStringLiteral("packages/dxplan.xml"))));
    const Result r = run(QStringLiteral("update-mime-database"), { mime.path() });
    ASSERT_EQ(r.code, 0) << r.out.toStdString();
    QFile globs(mime.filePath(QStringLiteral("globs2")));
    ASSERT_TRUE(globs.open(QIODevice::ReadOnly));
    EXPECT_TRUE(globs.readAll().contains("application/vnd.dxplan+zip:*.dxplan"));
    QFile magic(mime.filePath(QStringLiteral("magic")));
    ASSERT_TRUE(magic.open(QIODevice::ReadOnly));
    EXPECT_TRUE(magic.readAll().contains("mimetypeapplication/vnd.dxplan+zip"));
}

TEST_F(PackageTest, LintianFindsNoErrors)
{
    if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
        GTEST_SKIP() << "lintian is not installed";
    const Result r = run(QStringLiteral("lintian"), { QStringLiteral("--no-tag-display-limit"), s_deb });
    const QStringList errors = r.out.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^E: ")));
    EXPECT_TRUE(errors.isEmpty()) << r.out.toStdString();
}
