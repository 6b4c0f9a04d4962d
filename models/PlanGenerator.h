#pragma once

#include "models/Plan.h"

// Builds large, realistic plans for benchmarks and stress tests: the same
// shape as a town's plan (principles, departments, themes of about 40
// measures with study and operation phases, KPIs), scaled to any size. The
// same arguments always give the same plan.
namespace PlanGenerator {

Plan generate(int measureCount, int seed = 1);

} // namespace PlanGenerator
