#include "app/SignCommand.h"

#include "app/CliOutput.h"
#include "app/CliSupport.h"
#include "models/PlanFileWriter.h"
#include "models/UserMessage.h"

#include <QFile>
#include <QFileInfo>

namespace SignCommand {

using namespace CliSupport;

namespace {

const QString keyOption = QStringLiteral("key");
const QString passphraseOption = QStringLiteral("passphrase-file");
const QString outputOption = QStringLiteral("output");
const QString trustOption = QStringLiteral("trust");

// A file read whole, up to `limit` bytes; false with a message naming it.
bool readSmallFile(const QString &path, qint64 limit, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(limit + 1);
    if (bytes->size() > limit) {
        *error = Cli::tr("%1: larger than a key or certificate file can be").arg(path);
        return false;
    }
    return true;
}

constexpr qint64 maxKeyFileBytes = 1 << 20;

} // namespace

QString stateName(SignatureInfo::State state)
{
    switch (state) {
    case SignatureInfo::State::Valid:
        return QStringLiteral("valid");
    case SignatureInfo::State::Changed:
        return QStringLiteral("changed");
    case SignatureInfo::State::Untrusted:
        return QStringLiteral("untrusted");
    case SignatureInfo::State::Damaged:
        return QStringLiteral("damaged");
    case SignatureInfo::State::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

void configureSign(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file to sign (in place unless -o is given)."));
    p.addOptions({
        { keyOption, Cli::tr("The organisation's certificate and private key, a PKCS#12 file (.p12, .pfx)."), QStringLiteral("KEY.p12") },
        { passphraseOption, Cli::tr("A file whose first line is the key file's passphrase (default: none)."), QStringLiteral("FILE") },
        { { QStringLiteral("o"), outputOption }, Cli::tr("Write the signed plan here instead."), QStringLiteral("OUT.dxplan") },
    });
}

int runSign(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(keyOption))
        return failWith(Cli::tr("sign: usage: dxplan-cli sign PLAN.dxplan --key KEY.p12 [--passphrase-file FILE] [-o OUT.dxplan]"));
    const QString plan = p.positionalArguments().first();
    const QString target = p.isSet(outputOption) ? p.value(outputOption) : plan;
    const CliOutput output(target);
    QString error;
    if (!output.check(&error))
        return failWith(QStringLiteral("sign: ") + error);
    if (output.isStandardOutput() || (QFileInfo::exists(target) && !QFileInfo(target).isFile()))
        return failWith(Cli::tr("sign: %1: the signed plan must be written to a file").arg(target));
    QByteArray key;
    if (!readSmallFile(p.value(keyOption), maxKeyFileBytes, &key, &error))
        return failWith(QStringLiteral("sign: ") + error);
    QString passphrase;
    if (p.isSet(passphraseOption)) {
        QByteArray bytes;
        if (!readSmallFile(p.value(passphraseOption), maxKeyFileBytes, &bytes, &error))
            return failWith(QStringLiteral("sign: ") + error);
        passphrase = QString::fromUtf8(bytes).section(QLatin1Char('\n'), 0, 0);
        if (passphrase.endsWith(QLatin1Char('\r')))
            passphrase.chop(1);
    }
    // The manifest as the file holds it, after every check of a received file.
    PlanFileReader::Result result;
    if (!readPlanFile(plan, &result, &error))
        return failWith(error);
    QByteArray signature;
    if (!PlanSignature::sign(result.manifest, key, passphrase, &signature, &error))
        return failWith(QStringLiteral("sign: %1: %2").arg(p.value(keyOption), error));
    PlanFileWriter writer;
    if (!writer.writeSigned(plan, signature, target))
        return failWith(QStringLiteral("sign: %1: %2").arg(target, writer.errorString()));
    const SignatureInfo info = PlanSignature::verify(result.manifest, signature, {});
    out() << Cli::tr("Signed by %1").arg(UserMessage::printableText(info.signerSubject)) << Qt::endl;
    return Success;
}

void configureVerify(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file whose signature to check."));
    p.addOption({ trustOption,
                  Cli::tr("Trust this root certificate (PEM or DER) besides the ones trusted in DX Plan Studio; may be repeated."),
                  QStringLiteral("CA.pem") });
}

int runVerify(QCommandLineParser &p, const QStringList &)
{
    if (p.positionalArguments().size() != 1)
        return failWith(Cli::tr("verify: usage: dxplan-cli verify PLAN.dxplan [--trust CA.pem ...]"));
    QList<QByteArray> trusted = PlanSignature::trustedCertificates();
    QString error;
    for (const QString &path : p.values(trustOption)) {
        QByteArray bytes;
        if (!readSmallFile(path, maxKeyFileBytes, &bytes, &error))
            return failWith(QStringLiteral("verify: ") + error);
        trusted << bytes;
    }
    PlanFileReader::Result result;
    if (!readPlanFile(p.positionalArguments().first(), &result, &error))
        return failWith(error);
    const SignatureInfo info = PlanSignature::verify(result.manifest, result.signature, trusted);
    using UserMessage::printableText;
    // The first line says the verdict and, when there is one, the signer.
    switch (info.state) {
    case SignatureInfo::State::Valid:
        out() << Cli::tr("Signed by %1").arg(printableText(info.signerSubject)) << '\n';
        break;
    case SignatureInfo::State::Untrusted:
        out() << Cli::tr("Signed by %1, not trusted here").arg(printableText(info.signerSubject)) << '\n';
        break;
    case SignatureInfo::State::Changed:
        out() << Cli::tr("Signed, but changed after signing") << '\n';
        break;
    case SignatureInfo::State::Damaged:
        out() << Cli::tr("The signature cannot be read") << '\n';
        break;
    case SignatureInfo::State::Unsigned:
        out() << Cli::tr("Not signed") << '\n';
        break;
    }
    if (info.state != SignatureInfo::State::Unsigned)
        out() << printableText(info.summary()) << '\n';
    out().flush();
    return info.state == SignatureInfo::State::Valid ? Success : PlanProblems;
}

} // namespace SignCommand
