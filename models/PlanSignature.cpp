#include "models/PlanSignature.h"

#include "models/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <memory>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

// OpenSSL objects owned the C++ way.
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

void freeCertificates(STACK_OF(X509) *certs)
{
    sk_X509_pop_free(certs, X509_free);
}
using Certs = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeCertificates>>;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanSignature)
};

Bio memory(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

// What OpenSSL's error queue says, emptied.
QString openSslErrors()
{
    QStringList reasons;
    const char *data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        const char *reason = ERR_reason_error_string(code);
        QString text = QString::fromUtf8(reason ? reason : buffer);
        // The certificate check's own words: "Verify error:certificate has expired".
        if (data && (flags & ERR_TXT_STRING) && *data)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        reasons << text;
    }
    reasons.removeDuplicates();
    return reasons.join(QStringLiteral("; "));
}

QString oneLine(const X509_NAME *name)
{
    Bio out(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 kept as it is (西ノ島町).
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, int(size));
}

QString entryOf(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return QString();
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return QString();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime dateTimeOf(const ASN1_TIME *time)
{
    tm t {};
    if (!time || !ASN1_TIME_to_tm(time, &t))
        return QDateTime();
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

// A certificate from PEM or DER bytes.
Cert certificateOf(const QByteArray &bytes)
{
    Bio pem = memory(bytes);
    if (X509 *x = PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr))
        return Cert(x);
    ERR_clear_error();
    Bio der = memory(bytes);
    Cert cert(d2i_X509_bio(der.get(), nullptr));
    ERR_clear_error();
    return cert;
}

QString describe(const X509 *cert)
{
    return Text::tr("%1 (until %2)")
        .arg(oneLine(X509_get_subject_name(cert)),
             dateTimeOf(X509_get0_notAfter(cert)).date().toString(Qt::ISODate));
}

QString &trustedFolderOverride()
{
    static QString folder;
    return folder;
}

QStringList trustedFiles()
{
    QStringList files;
    const QDir dir(PlanSignature::trustedFolder());
    for (const QString &name : dir.entryList({ QStringLiteral("*.der") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

QString SignatureInfo::summary() const
{
    const QString when = signedAt.isValid() ? signedAt.toLocalTime().date().toString(Qt::ISODate) : tr("an unknown date");
    const QString who = tr("%1 (issued by %2, valid until %3)")
                            .arg(signer, issuer, validUntil.date().toString(Qt::ISODate));
    switch (state) {
    case State::Unsigned:
        return tr("Not signed.");
    case State::Valid:
        return tr("Signed by %1 on %2, unchanged since.").arg(who, when);
    case State::Changed:
        return tr("Signed, but changed after signing: the plan is not the one that was signed.");
    case State::Untrusted:
        return tr("Signed by %1 on %2 with a certificate not trusted here: %3.").arg(who, when, problem);
    case State::Damaged:
        break;
    }
    return tr("The signature cannot be read: %1.").arg(problem);
}

namespace PlanSignature {

bool sign(const QByteArray &manifest, const QByteArray &pkcs12, const QString &passphrase, QByteArray *signature,
          QString *error)
{
    ERR_clear_error();
    Bio in = memory(pkcs12);
    Pkcs12 p12(d2i_PKCS12_bio(in.get(), nullptr));
    if (!p12) {
        ERR_clear_error();
        *error = Text::tr("the key file is not a PKCS#12 file (.p12, .pfx)");
        return false;
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawChain = nullptr;
    const QByteArray pass = passphrase.toUtf8();
    if (!PKCS12_parse(p12.get(), pass.constData(), &rawKey, &rawCert, &rawChain)) {
        const unsigned long code = ERR_peek_last_error();
        ERR_clear_error();
        *error = ERR_GET_REASON(code) == PKCS12_R_MAC_VERIFY_FAILURE
            ? Text::tr("the passphrase of the key file is wrong")
            : Text::tr("the key file cannot be read with this passphrase");
        return false;
    }
    const Key key(rawKey);
    const Cert cert(rawCert);
    const Certs chain(rawChain);
    if (!key || !cert) {
        *error = Text::tr("the key file holds no certificate with its private key");
        return false;
    }
    Bio content = memory(manifest);
    // Detached, binary (the manifest's bytes as they are); CMS_sign adds
    // the signing time and the signer's certificate and chain.
    Cms cms(CMS_sign(cert.get(), key.get(), chain.get(), content.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms) {
        *error = Text::tr("the plan could not be signed: %1").arg(openSslErrors());
        return false;
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms.get())) {
        *error = Text::tr("the signature could not be written: %1").arg(openSslErrors());
        return false;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    *signature = QByteArray(data, int(size));
    return true;
}

SignatureInfo verify(const QByteArray &manifest, const QByteArray &signature, const QList<QByteArray> &trusted)
{
    SignatureInfo info;
    if (signature.isEmpty())
        return info;
    ERR_clear_error();
    Bio in = memory(signature);
    Cms cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms) {
        info.state = SignatureInfo::State::Damaged;
        info.problem = openSslErrors();
        return info;
    }
    // First whether the manifest is the one signed, whoever signed it.
    {
        Bio content = memory(manifest);
        if (!CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)) {
            info.state = SignatureInfo::State::Changed;
            info.problem = openSslErrors();
            return info;
        }
    }
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    if (signers && sk_X509_num(signers) > 0) {
        const X509 *cert = sk_X509_value(signers, 0);
        const X509_NAME *subject = X509_get_subject_name(cert);
        info.signerSubject = oneLine(subject);
        info.signer = entryOf(subject, NID_organizationName);
        if (info.signer.isEmpty())
            info.signer = entryOf(subject, NID_commonName);
        if (info.signer.isEmpty())
            info.signer = info.signerSubject;
        info.issuer = oneLine(X509_get_issuer_name(cert));
        info.validUntil = dateTimeOf(X509_get0_notAfter(cert));
    }
    sk_X509_free(signers);
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms.get());
    if (infos && sk_CMS_SignerInfo_num(infos) > 0) {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);
        const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
        if (index >= 0)
            if (X509_ATTRIBUTE *attribute = CMS_signed_get_attr(si, index))
                if (ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0))
                    if (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)
                        info.signedAt = dateTimeOf(reinterpret_cast<const ASN1_TIME *>(value->value.asn1_string));
    }

    // Then whether the signer chains to a certificate trusted here, now.
    Store store(X509_STORE_new());
    // Organisation certificates (LGPKI) are not e-mail certificates.
    X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
    for (const QByteArray &bytes : trusted)
        if (const Cert root = certificateOf(bytes))
            X509_STORE_add_cert(store.get(), root.get());
    Bio content = memory(manifest);
    if (CMS_verify(cms.get(), nullptr, store.get(), content.get(), nullptr, CMS_BINARY)) {
        info.state = SignatureInfo::State::Valid;
        return info;
    }
    info.state = SignatureInfo::State::Untrusted;
    info.problem = openSslErrors();
    return info;
}

QString trustedFolder()
{
    if (!trustedFolderOverride().isEmpty())
        return trustedFolderOverride();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trusted-certificates");
}

void setTrustedFolder(const QString &folder)
{
    trustedFolderOverride() = folder;
}

QList<QByteArray> trustedCertificates()
{
    QList<QByteArray> certificates;
    for (const QString &path : trustedFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            certificates << file.read(1 << 20);
    }
    return certificates;
}

QStringList trustedCertificateNames()
{
    // One name per file, in the order removeTrustedCertificate counts.
    QStringList names;
    for (const QString &path : trustedFiles()) {
        QFile file(path);
        const Cert cert = file.open(QIODevice::ReadOnly) ? certificateOf(file.read(1 << 20)) : Cert();
        names << (cert ? describe(cert.get()) : Text::tr("%1 (not a certificate)").arg(QFileInfo(path).fileName()));
    }
    return names;
}

bool addTrustedCertificate(const QByteArray &certificate, QString *error)
{
    const Cert cert = certificateOf(certificate);
    if (!cert) {
        *error = Text::tr("the file holds no certificate (PEM or DER)");
        return false;
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert.get(), &der);
    if (length <= 0) {
        *error = openSslErrors();
        return false;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    if (!QDir().mkpath(trustedFolder())) {
        *error = Text::tr("the folder %1 cannot be made").arg(trustedFolder());
        return false;
    }
    // Named by its fingerprint: importing it twice keeps one copy.
    QFile file(trustedFolder() + QLatin1Char('/')
               + QString::fromLatin1(Sha256::hash(bytes).toHex()) + QStringLiteral(".der"));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool removeTrustedCertificate(int index, QString *error)
{
    const QStringList files = trustedFiles();
    if (index < 0 || index >= files.size()) {
        *error = Text::tr("there is no such trusted certificate");
        return false;
    }
    if (!QFile::remove(files[index])) {
        *error = Text::tr("%1 cannot be removed").arg(files[index]);
        return false;
    }
    return true;
}

} // namespace PlanSignature
