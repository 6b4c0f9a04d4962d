#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/WorkingCopy.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>

// Writing a plan file to a device that stops taking bytes part way (a full
// disk, a closed pipe) fails with a message; the bytes that did get through
// are never mistaken for a plan. No root, no mounts: the device is ours.
namespace {

class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - written.size();
        if (room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = qMin(room, size);
        written.append(data, n);
        return n;
    }

private:
    qint64 m_capacity;
};

bool readPlanBytes(QByteArray bytes, PlanFileReader::Result *result)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    PlanFileReader reader;
    return reader.read(&buffer, result, PlanFileReader::Mode::LoadPlan);
}

class WriteFailureTest : public ::testing::TestWithParam<qint64>
{
protected:
    void SetUp() override
    {
        QString error;
        m_copy = WorkingCopy::create(samplePlan(), QString(), &error);
        ASSERT_TRUE(m_copy) << error.toStdString();
    }
    void TearDown() override { m_copy->remove(); }
    std::unique_ptr<WorkingCopy> m_copy;
};

// A negative parameter counts back from the end of the whole file.
qint64 capacityFor(WorkingCopy &copy, qint64 parameter)
{
    if (parameter >= 0)
        return parameter;
    FailingDevice whole(qint64(1) << 30);
    PlanFileWriter writer;
    EXPECT_TRUE(writer.write(copy, &whole));
    return whole.written.size() + parameter;
}

TEST_P(WriteFailureTest, ADeviceThatStopsFailsTheWrite)
{
    const qint64 capacity = capacityFor(*m_copy, GetParam());
    FailingDevice device(capacity);
    PlanFileWriter writer;
    EXPECT_FALSE(writer.write(*m_copy, &device));
    EXPECT_TRUE(writer.errorString().contains(QStringLiteral("No space left"))) << writer.errorString().toStdString();
    EXPECT_EQ(device.written.size(), capacity);
    // What got through is not a plan file.
    PlanFileReader::Result result;
    EXPECT_FALSE(readPlanBytes(device.written, &result));
}

INSTANTIATE_TEST_SUITE_P(AfterBytes, WriteFailureTest, ::testing::Values(0, 1, 30, 100, 4096, -100, -1));

TEST(WriteToDevice, ADeviceWithRoomGetsTheWholeFile)
{
    QString error;
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(samplePlan(), QString(), &error);
    ASSERT_TRUE(copy) << error.toStdString();
    FailingDevice device(qint64(1) << 30);
    PlanFileWriter writer;
    ASSERT_TRUE(writer.write(*copy, &device)) << writer.errorString().toStdString();
    copy->remove();
    PlanFileReader::Result result;
    ASSERT_TRUE(readPlanBytes(device.written, &result));
    EXPECT_TRUE(result.plan == samplePlan());
}

} // namespace
