#include "models/PlanGenerator.h"
#include "models/PlanJson.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

// A large plan's themes are read in two halves at once (PlanJson,
// ReadLimits::maxThreads). Whatever the file holds, that must give what
// reading in order gives: the same plan, or the same first problem with
// the same path.

namespace {

// Enough measures for the themes to be read in two halves.
constexpr int measures = 5000;

const QJsonObject &generated()
{
    static const QJsonObject object =
        QJsonDocument::fromJson(PlanJson::write(PlanGenerator::generate(measures, 7))).object();
    return object;
}

// Sets `value` at the end of `path` (object keys and array indexes) in `o`.
void setAt(QJsonObject &o, const QVariantList &path, const QJsonValue &value)
{
    o = jsonWith(o, path, value).toObject();
}

int themeCount()
{
    return int(generated().value(QStringLiteral("themes")).toArray().size());
}

QJsonValue valueAt(QVariantList path)
{
    QJsonValue v = generated();
    for (const QVariant &step : path)
        v = step.typeId() == QMetaType::QString ? v.toObject().value(step.toString()) : v.toArray().at(step.toInt());
    return v;
}

QVariantList measureAt(int theme, int measure, const QString &key)
{
    return { QStringLiteral("themes"), theme, QStringLiteral("measures"), measure, key };
}

// The bytes of every text the reader counts, for limits on all together.
qint64 textBytes(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8().size();
    qint64 bytes = 0;
    if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            bytes += textBytes(item);
    if (v.isObject())
        for (const QJsonValue &item : v.toObject())
            bytes += textBytes(item);
    return bytes;
}

struct Tampering
{
    const char *name;
    std::function<void(QJsonObject &)> apply;
    // A share of all the texts' bytes as the limit on them together; 0
    // keeps the format's limit.
    double totalTextShare = 0;
};

void PrintTo(const Tampering &t, std::ostream *os)
{
    *os << t.name;
}

class PlanJsonThreads : public testing::TestWithParam<Tampering>
{
};

} // namespace

TEST_P(PlanJsonThreads, TwoThreadsReadWhatOneReads)
{
    QJsonObject o = generated();
    GetParam().apply(o);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);

    PlanJson::ReadLimits inOrder;
    inOrder.maxThreads = 1;
    if (GetParam().totalTextShare > 0)
        inOrder.maxTotalTextBytes = qint64(textBytes(generated()) * GetParam().totalTextShare);
    PlanJson::ReadLimits twoThreads = inOrder;
    twoThreads.maxThreads = 2;

    Plan expected;
    QString expectedError;
    const bool expectedRead = PlanJson::read(json, &expected, &expectedError, inOrder);
    Plan plan;
    QString error;
    const bool read = PlanJson::read(json, &plan, &error, twoThreads);
    EXPECT_EQ(read, expectedRead);
    EXPECT_EQ(error.toStdString(), expectedError.toStdString());
    if (read && expectedRead) {
        EXPECT_EQ(plan.measureCount(), expected.measureCount());
        EXPECT_TRUE(plan == expected);
    }
}

// What each case does to the generated plan, and what reading it in order
// says about it.
INSTANTIATE_TEST_SUITE_P(
    Cases, PlanJsonThreads,
    testing::Values(
        Tampering { "Untouched", [](QJsonObject &) {} },
        // The first measure's id again at the end, in the second half.
        Tampering { "MeasureIdRepeatedAcrossHalves",
                    [](QJsonObject &o) {
                        const int last = themeCount() - 1;
                        setAt(o, measureAt(last, 0, QStringLiteral("id")), valueAt(measureAt(0, 0, QStringLiteral("id"))));
                    } },
        Tampering { "ThemeIdRepeatedAcrossHalves",
                    [](QJsonObject &o) {
                        setAt(o, { QStringLiteral("themes"), themeCount() - 1, QStringLiteral("id") },
                              valueAt({ QStringLiteral("themes"), 0, QStringLiteral("id") }));
                    } },
        Tampering { "ProblemsInBothHalves",
                    [](QJsonObject &o) {
                        setAt(o, measureAt(0, 1, QStringLiteral("title")), QStringLiteral(" "));
                        setAt(o, measureAt(themeCount() - 1, 0, QStringLiteral("status")), QStringLiteral("never"));
                    } },
        Tampering { "ProblemInTheSecondHalfOnly",
                    [](QJsonObject &o) {
                        setAt(o, measureAt(themeCount() - 2, 0, QStringLiteral("departments")), QJsonArray { 999999 });
                    } },
        // An id the first half uses, repeated early in the second half, and
        // a problem later on in the second half: the repeat comes first.
        Tampering { "RepeatBeforeAProblemInTheSecondHalf",
                    [](QJsonObject &o) {
                        const int middle = themeCount() / 2 + 1;
                        setAt(o, measureAt(middle, 0, QStringLiteral("id")), valueAt(measureAt(1, 0, QStringLiteral("id"))));
                        setAt(o, measureAt(themeCount() - 1, 0, QStringLiteral("status")), QStringLiteral("never"));
                    } },
        // Limits on all texts together that each half keeps to alone but
        // not both, and ones crossed in the first half or after the themes.
        Tampering { "TextsTogetherOverAtThreeQuarters", [](QJsonObject &) {}, 0.75 },
        Tampering { "TextsTogetherOverAtNineTenths", [](QJsonObject &) {}, 0.9 },
        Tampering { "TextsTogetherOverInTheFirstHalf", [](QJsonObject &) {}, 0.3 },
        Tampering { "TextsTogetherOverAfterTheThemes", [](QJsonObject &) {}, 0.9999 }),
    [](const testing::TestParamInfo<Tampering> &info) { return std::string(info.param.name); });
