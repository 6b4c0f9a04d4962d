#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Signatures of plan files: a detached CMS (PKCS#7) signature over the
// manifest (which names every entry with its SHA-256), made with the
// organisation's certificate and key from a PKCS#12 file (LGPKI 組織認証 or
// any X.509 key) and kept as the entry `signature.p7s`, with the signer's
// certificate chain and the signing time. OpenSSL's libcrypto does the
// cryptography. A signature informs; it never stops a plan from opening.
struct SignatureInfo
{
    Q_DECLARE_TR_FUNCTIONS(SignatureInfo)

public:
    enum class State {
        Unsigned,  // no signature entry
        Valid,     // intact, and the signer chains to a trusted certificate
        Changed,   // the manifest is not what was signed: changed after signing
        Untrusted, // intact, but the signer is not trusted here (or expired, revoked ...)
        Damaged,   // the signature entry cannot be read
    };
    State state = State::Unsigned;
    QString signer;        // the signer's organisation or common name: 西ノ島町
    QString signerSubject; // the whole subject, one line
    QString issuer;        // the certificate's issuer, one line
    QDateTime validUntil;  // the signer certificate's notAfter
    QDateTime signedAt;    // the signing time the signature states
    QString problem;       // why it is untrusted, changed or damaged, in words

    // One sentence for the user: "Signed by 西ノ島町 (issuer …, valid until
    // …) on 2025-03-31, unchanged since." / "Not signed." / ...
    QString summary() const;
};

namespace PlanSignature {

inline constexpr QLatin1String entryName("signature.p7s");

// A detached CMS signature (DER) of `manifest` with the certificate, key and
// chain of a PKCS#12 file; false with `error` (a wrong passphrase says so).
bool sign(const QByteArray &manifest, const QByteArray &pkcs12, const QString &passphrase,
          QByteArray *signature, QString *error);

// What `signature` says of `manifest`, judged against `trusted` root
// certificates (PEM or DER, one certificate each) at the present time.
SignatureInfo verify(const QByteArray &manifest, const QByteArray &signature, const QList<QByteArray> &trusted);

// The certificates this user trusts as roots, kept in a folder of the
// application's data (the system's store does not hold LGPKI's roots).
QString trustedFolder();
QList<QByteArray> trustedCertificates();
// A one-line description of each trusted certificate (subject, until when).
QStringList trustedCertificateNames();
// Adds a certificate (PEM or DER file bytes) to the trusted ones; false with
// `error` when it is not a certificate.
bool addTrustedCertificate(const QByteArray &certificate, QString *error);
// Removes the trusted certificate at `index` of trustedCertificateNames().
bool removeTrustedCertificate(int index, QString *error);
// For tests: keep trusted certificates in `folder` instead.
void setTrustedFolder(const QString &folder);

} // namespace PlanSignature
