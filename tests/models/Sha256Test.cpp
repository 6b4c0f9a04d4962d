#include "models/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <gtest/gtest.h>

// The digests that name a plan file's entries in its manifest: they must
// be exactly SHA-256, as any other program computes it.
TEST(Sha256, GivesTheStandardDigestsOfKnownTexts)
{
    EXPECT_EQ(Sha256::hash(QByteArray()).toHex(),
              QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(Sha256::hash(QByteArray("abc")).toHex(),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(Sha256, InPiecesEqualsAtOnceAndQtsOwn)
{
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator random(16);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    Sha256 pieces;
    for (qsizetype at = 0; at < data.size(); at += 65536)
        pieces.addData(QByteArrayView(data.constData() + at, qMin<qsizetype>(65536, data.size() - at)));
    const QByteArray digest = pieces.result();
    EXPECT_EQ(digest.size(), 32);
    EXPECT_EQ(digest, Sha256::hash(data));
    EXPECT_EQ(digest, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

// A result starts the hash again: the next digest covers only what is
// added after it.
TEST(Sha256, StartsAgainAfterAResult)
{
    Sha256 sha;
    sha.addData(QByteArray("something else first"));
    EXPECT_NE(sha.result(), Sha256::hash(QByteArray("abc")));
    sha.addData(QByteArray("abc"));
    EXPECT_EQ(sha.result().toHex(),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}
