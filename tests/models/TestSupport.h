#pragma once

#include "models/Plan.h"
#include "models/SamplePlan.h"

#include <QString>
#include <gtest/gtest.h>

// Prints Qt strings in gtest messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline Plan samplePlan()
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(&plan, &error)) << error.toStdString();
    return plan;
}
