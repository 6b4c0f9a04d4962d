#include "models/Sha256.h"

#include <openssl/evp.h>

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    // Only allocation can fail here; a null context makes every result
    // empty, which no manifest's digest matches.
    if (m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView data)
{
    if (m_context && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!m_context
        || EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length) != 1)
        return QByteArray();
    EVP_MD_CTX_free(m_context);
    m_context = nullptr;
    digest.truncate(int(length));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}
