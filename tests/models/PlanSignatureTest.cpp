#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "models/PlanSignature.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <KZip>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// Signed plans, with certificates made by the openssl command in the test:
// signed and trusted, unsigned, an untrusted signer, altered after signing
// (content changed and the manifest's hashes recomputed), an expired
// certificate, a wrong passphrase — through the model and dxplan-cli.
namespace {

class PlanSignatureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        PlanSignature::setTrustedFolder(path(QStringLiteral("trusted")));
        // A root, a signer it certified, and a root nobody trusts.
        openssl({ "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650",
                  "-utf8", "-subj", "/O=テスト認証局/CN=Test Root" });
        openssl({ "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr", "-utf8",
                  "-subj", "/O=西ノ島町/CN=西ノ島町長" });
        openssl({ "x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                  "-out", "signer.pem", "-days", "365" });
        openssl({ "pkcs12", "-export", "-inkey", "signer.key", "-in", "signer.pem", "-certfile", "ca.pem",
                  "-out", "signer.p12", "-passout", "pass:秘密" });
        openssl({ "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.pem", "-days", "30",
                  "-subj", "/O=Someone Else" });
        openssl({ "pkcs12", "-export", "-inkey", "other.key", "-in", "other.pem", "-out", "other.p12", "-passout", "pass:" });
        m_plan = writeSamplePlan(path(QStringLiteral("plan.dxplan")));
    }
    void TearDown() override { PlanSignature::setTrustedFolder(QString()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray bytes(const QString &name) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        return f.readAll();
    }
    void openssl(std::initializer_list<const char *> arguments)
    {
        QStringList list;
        for (const char *a : arguments)
            list << QString::fromUtf8(a);
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), list);
        ASSERT_TRUE(p.waitForFinished(60000)) << "openssl " << list.join(QLatin1Char(' ')).toStdString();
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    // An expired signer certificate, through `openssl ca` with dates in the past.
    QByteArray expiredKeyFile()
    {
        QFile config(path(QStringLiteral("ca.cnf")));
        EXPECT_TRUE(config.open(QIODevice::WriteOnly));
        config.write("[ca]\ndefault_ca = test\n[test]\ndir = .\ndatabase = index.txt\nnew_certs_dir = .\n"
                     "certificate = ca.pem\nprivate_key = ca.key\nserial = serial.txt\ndefault_md = sha256\n"
                     "policy = any\n[any]\norganizationName = optional\ncommonName = optional\n");
        config.close();
        QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
        QFile serial(path(QStringLiteral("serial.txt")));
        EXPECT_TRUE(serial.open(QIODevice::WriteOnly));
        serial.write("1000\n");
        serial.close();
        openssl({ "ca", "-batch", "-config", "ca.cnf", "-in", "signer.csr", "-out", "expired.pem", "-utf8",
                  "-startdate", "20200101000000Z", "-enddate", "20210101000000Z" });
        openssl({ "pkcs12", "-export", "-inkey", "signer.key", "-in", "expired.pem", "-certfile", "ca.pem",
                  "-out", "expired.p12", "-passout", "pass:" });
        return bytes(QStringLiteral("expired.p12"));
    }

    SignatureInfo verifyFile(const QString &file, const QList<QByteArray> &trusted)
    {
        PlanFileReader reader;
        PlanFileReader::Result result;
        EXPECT_TRUE(reader.read(file, &result)) << reader.errorString().toStdString();
        return PlanSignature::verify(result.manifest, result.signature, trusted);
    }

    QTemporaryDir m_dir;
    QString m_plan;
};

} // namespace

TEST_F(PlanSignatureTest, ASignedPlanIsValidOnlyWhereItsRootIsTrusted)
{
    QString error;
    auto doc = PlanDocument::open(m_plan, false, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_EQ(doc->fileFacts().signature.state, SignatureInfo::State::Unsigned);
    ASSERT_TRUE(doc->signFile(bytes(QStringLiteral("signer.p12")), QStringLiteral("秘密"), &error)) << error.toStdString();
    EXPECT_EQ(doc->fileFacts().signature.state, SignatureInfo::State::Untrusted);
    EXPECT_EQ(doc->fileFacts().signature.signer, QStringLiteral("西ノ島町"));
    EXPECT_TRUE(doc->fileFacts().signature.issuer.contains(QStringLiteral("テスト認証局")));
    EXPECT_EQ(doc->fileFacts().signature.signedAt.date(), QDateTime::currentDateTimeUtc().date());
    ASSERT_TRUE(PlanSignature::addTrustedCertificate(bytes(QStringLiteral("ca.pem")), &error)) << error.toStdString();
    EXPECT_EQ(PlanSignature::trustedCertificateNames().size(), 1);
    doc->reverifySignature();
    EXPECT_EQ(doc->fileFacts().signature.state, SignatureInfo::State::Valid);
    EXPECT_TRUE(doc->fileFacts().signature.summary().contains(QStringLiteral("西ノ島町")));
    // Saving changes the file: the signature goes.
    ASSERT_EQ(doc->save(QString(), false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    EXPECT_EQ(doc->fileFacts().signature.state, SignatureInfo::State::Unsigned);
    EXPECT_FALSE(doc->fileFacts().savedBy.isEmpty());
    doc->closeCleanly();
    EXPECT_EQ(verifyFile(m_plan, PlanSignature::trustedCertificates()).state, SignatureInfo::State::Unsigned);
    EXPECT_TRUE(PlanSignature::removeTrustedCertificate(0, &error));
    EXPECT_TRUE(PlanSignature::trustedCertificateNames().isEmpty());
}

TEST_F(PlanSignatureTest, AlteredAfterSigningIsSaidSo)
{
    QByteArray signature;
    QString error;
    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(m_plan, &result));
    ASSERT_TRUE(PlanSignature::sign(result.manifest, bytes(QStringLiteral("signer.p12")), QStringLiteral("秘密"), &signature, &error));
    const QList<QByteArray> trusted { bytes(QStringLiteral("ca.pem")) };
    EXPECT_EQ(PlanSignature::verify(result.manifest, signature, trusted).state, SignatureInfo::State::Valid);
    // The database changed and the manifest's hash recomputed to match: the
    // file reads as intact, but it is not what was signed.
    QByteArray database;
    {
        KZip zip(m_plan);
        ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
        database = zip.directory()->file(QStringLiteral("plan.sqlite"))->data();
    }
    database.append(QByteArray(4096, '\0'));
    QJsonObject manifest = QJsonDocument::fromJson(result.manifest).object();
    QJsonArray entries = manifest.value(QStringLiteral("entries")).toArray();
    QJsonObject entry = entries[0].toObject();
    entry[QStringLiteral("size")] = double(database.size());
    entry[QStringLiteral("sha256")] = QString::fromLatin1(QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex());
    entries[0] = entry;
    manifest[QStringLiteral("entries")] = entries;
    const QByteArray altered = QJsonDocument(manifest).toJson();
    const SignatureInfo info = PlanSignature::verify(altered, signature, trusted);
    EXPECT_EQ(info.state, SignatureInfo::State::Changed);
    EXPECT_TRUE(info.summary().contains(QStringLiteral("changed after signing")));
    // A signature that is not one.
    EXPECT_EQ(PlanSignature::verify(result.manifest, QByteArray("not a signature"), trusted).state, SignatureInfo::State::Damaged);
}

TEST_F(PlanSignatureTest, AnExpiredOrForeignSignerIsNotTrusted)
{
    QString error;
    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(m_plan, &result));
    const QList<QByteArray> trusted { bytes(QStringLiteral("ca.pem")) };
    QByteArray signature;
    ASSERT_TRUE(PlanSignature::sign(result.manifest, expiredKeyFile(), QString(), &signature, &error)) << error.toStdString();
    SignatureInfo info = PlanSignature::verify(result.manifest, signature, trusted);
    EXPECT_EQ(info.state, SignatureInfo::State::Untrusted);
    EXPECT_TRUE(info.problem.contains(QStringLiteral("expired"))) << info.problem.toStdString();
    ASSERT_TRUE(PlanSignature::sign(result.manifest, bytes(QStringLiteral("other.p12")), QString(), &signature, &error));
    info = PlanSignature::verify(result.manifest, signature, trusted);
    EXPECT_EQ(info.state, SignatureInfo::State::Untrusted);
    EXPECT_EQ(info.signer, QStringLiteral("Someone Else"));
}

TEST_F(PlanSignatureTest, AWrongPassphraseOrNotAKeyFileIsRefused)
{
    QByteArray signature;
    QString error;
    EXPECT_FALSE(PlanSignature::sign("{}", bytes(QStringLiteral("signer.p12")), QStringLiteral("違う"), &signature, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("passphrase"))) << error.toStdString();
    EXPECT_FALSE(PlanSignature::sign("{}", bytes(QStringLiteral("ca.pem")), QString(), &signature, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("PKCS#12"))) << error.toStdString();
    EXPECT_FALSE(PlanSignature::addTrustedCertificate("not a certificate", &error));
}

TEST_F(PlanSignatureTest, TheCommandLineSignsAndVerifiesWithExitCodes)
{
    QFile pass(path(QStringLiteral("pass.txt")));
    ASSERT_TRUE(pass.open(QIODevice::WriteOnly));
    pass.write("秘密\n");
    pass.close();
    const QString signedCopy = path(QStringLiteral("signed.dxplan"));
    CliRun r = runCli({ QStringLiteral("verify"), m_plan });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Not signed"))) << r.out.toStdString();
    r = runCli({ QStringLiteral("sign"), m_plan, QStringLiteral("--key"), path(QStringLiteral("signer.p12")),
                 QStringLiteral("--passphrase-file"), pass.fileName(), QStringLiteral("-o"), signedCopy });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = runCli({ QStringLiteral("verify"), signedCopy, QStringLiteral("--trust"), path(QStringLiteral("ca.pem")) });
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("O=西ノ島町"))) << r.out.toStdString();
    r = runCli({ QStringLiteral("verify"), signedCopy, QStringLiteral("--trust"), path(QStringLiteral("other.pem")) });
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("not trusted"))) << r.out.toStdString();
    r = runCli({ QStringLiteral("info"), signedCopy });
    EXPECT_TRUE(r.out.contains(QStringLiteral("西ノ島町"))) << r.out.toStdString();
    // A wrong passphrase: exit 2, one line, the file untouched.
    const QByteArray before = bytes(QStringLiteral("plan.dxplan"));
    r = runCli({ QStringLiteral("sign"), m_plan, QStringLiteral("--key"), path(QStringLiteral("signer.p12")) });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_EQ(bytes(QStringLiteral("plan.dxplan")), before);
    r = runCli({ QStringLiteral("verify"), path(QStringLiteral("missing.dxplan")) });
    EXPECT_EQ(r.exitCode, 2);
    // Signed in place.
    r = runCli({ QStringLiteral("sign"), m_plan, QStringLiteral("--key"), path(QStringLiteral("other.p12")) });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(runCli({ QStringLiteral("verify"), m_plan, QStringLiteral("--trust"), path(QStringLiteral("other.pem")) }).exitCode, 0);
}
