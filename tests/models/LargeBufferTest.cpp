#include "models/LargeBuffer.h"
#include "models/PlanJson.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// A file-like device that knows its size and fails every read.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 size) : m_size(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *, qint64) override
    {
        setErrorString(QStringLiteral("the disk gave up"));
        return -1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
};

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps.
std::string vmFlagsAt(const void *address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t start = 0, end = 0;
        char dash = 0;
        std::istringstream range(line);
        if (range >> std::hex >> start >> dash >> end && dash == '-' && line.find(' ') != std::string::npos
            && line.find(':') > line.find(' '))
            inside = at >= start && at < end;
        else if (inside && line.rfind("VmFlags:", 0) == 0)
            return line;
    }
    return {};
}

bool hugePagesOffered()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return mode.open(QIODevice::ReadOnly) && !mode.readAll().contains("[never]");
}

} // namespace

TEST(LargeBuffer, ReadsAFileWholeIntoOneBufferOfItsSize)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("data.bin")));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes(LargeBuffer::worthAdvising + 12345, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7 + i / 4096);
    ASSERT_EQ(file.write(bytes), bytes.size());
    ASSERT_TRUE(file.seek(100));

    QByteArray read;
    ASSERT_TRUE(LargeBuffer::read(&file, file.size() - 100, &read));
    EXPECT_EQ(read, bytes.mid(100));
    EXPECT_EQ(read.capacity(), read.size());

    // With room after the bytes, for a reader that looks past the end.
    ASSERT_TRUE(file.seek(0));
    ASSERT_TRUE(LargeBuffer::read(&file, file.size(), &read, 64));
    EXPECT_EQ(read, bytes);
    EXPECT_GE(read.capacity(), read.size() + 64);

    // Asked for more than is left: what there is.
    ASSERT_TRUE(file.seek(bytes.size() - 10));
    ASSERT_TRUE(LargeBuffer::read(&file, 1000, &read));
    EXPECT_EQ(read, bytes.right(10));
}

TEST(LargeBuffer, AReadErrorIsAFailureWithNoBytes)
{
    FailingDevice device(4096);
    QByteArray read("left over");
    EXPECT_FALSE(LargeBuffer::read(&device, 4096, &read));
    EXPECT_TRUE(read.isEmpty());
}

TEST(LargeBuffer, ALargeBufferIsAdvisedForHugePagesAndASmallOneIsNot)
{
    if (!hugePagesOffered())
        GTEST_SKIP() << "this kernel offers no transparent huge pages";
    // Two buffers of their own mappings (malloc maps blocks this large).
    std::vector<char> large(std::size_t(LargeBuffer::worthAdvising) * 2);
    std::vector<char> small(std::size_t(LargeBuffer::worthAdvising) / 2);
    const std::string before = vmFlagsAt(large.data() + large.size() / 2);
    ASSERT_FALSE(before.empty());
    EXPECT_EQ(before.find(" hg"), std::string::npos) << before;

    LargeBuffer::preferHugePages(large.data(), qsizetype(large.size()));
    LargeBuffer::preferHugePages(small.data(), qsizetype(small.size()));
    // The middle of the large one is in an advised block; its first bytes
    // (before its first 2 MiB boundary) belong to a block shared with
    // others and are left alone.
    EXPECT_NE(vmFlagsAt(large.data() + large.size() / 2).find(" hg"), std::string::npos);
    EXPECT_EQ(vmFlagsAt(large.data()).find(" hg"), std::string::npos);
    EXPECT_EQ(vmFlagsAt(small.data() + small.size() / 2).find(" hg"), std::string::npos);
}

TEST(LargeBuffer, AJsonFileThatCannotBeReadIsOneClearError)
{
    const QByteArray json = PlanJson::write(samplePlan());
    FailingDevice device(json.size());
    Plan plan;
    QString error;
    EXPECT_FALSE(PlanJson::read(&device, &plan, &error));
    EXPECT_EQ(error, QStringLiteral("the file could not be read: the disk gave up"));
}

TEST(LargeBuffer, BlocksKeptForReuseAreNotFaultedInAgain)
{
    // The pattern of Qt's PDF writer finishing a page: two blocks of
    // 16 MiB at once, a little of each touched, both freed.
    const auto faults = [] {
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_minflt;
    };
    const auto finishPage = [] {
        QByteArray in(qsizetype(16) << 20, Qt::Uninitialized);
        QByteArray out(qsizetype(16) << 20, Qt::Uninitialized);
        std::memset(in.data(), 1, 1 << 20);
        std::memset(out.data(), 2, 1 << 20);
        return in.at(12345) + out.at(54321);
    };
    LargeBuffer::reuseBlocksOfUpTo(qsizetype(32) << 20);
    int sum = finishPage() + finishPage();
    const long before = faults();
    for (int page = 0; page < 8; ++page)
        sum += finishPage();
    // Faulted afresh, each page would cost 512 faults (2 MiB touched).
    EXPECT_LT(faults() - before, 100);
    EXPECT_EQ(sum, 10 * 3);
}
