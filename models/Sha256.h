#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct sha256_ctx;

// SHA-256 through Nettle, which uses the processor's SHA instructions where
// it has them: the 46 MB database of a 100,000-measure plan hashes in about
// 40 ms, where Qt 6.4's QCryptographicHash took 260 ms — on every open and
// every save of a plan file. OpenSSL would be as fast, but its first digest
// loads its whole provider (about 2 MB more memory in every process that
// opens a plan); it is kept for the signatures, which need it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest of everything added; the hash then starts again.
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    std::unique_ptr<sha256_ctx> m_context;
};
