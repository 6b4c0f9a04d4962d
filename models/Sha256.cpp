#include "models/Sha256.h"

#include <nettle/sha2.h>

Sha256::Sha256() : m_context(std::make_unique<sha256_ctx>())
{
    sha256_init(m_context.get());
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    sha256_update(m_context.get(), size_t(data.size()), reinterpret_cast<const uint8_t *>(data.data()));
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_SIZE, Qt::Uninitialized);
    sha256_digest(m_context.get(), SHA256_DIGEST_SIZE, reinterpret_cast<uint8_t *>(digest.data()));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}
