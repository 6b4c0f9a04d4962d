// Writes a generated plan of any size as DX Plan Studio JSON, for
// benchmarks and for trying the application on large plans:
//   dxplan-generate-plan 10000 > plan-10k.json
//   dxplan-cli import plan-10k.json -o plan-10k.dxplan
#include "models/PlanGenerator.h"
#include "models/PlanJson.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const int measures = argc >= 2 ? QString::fromLocal8Bit(argv[1]).toInt(&ok) : 0;
    if (!ok || measures < 1 || measures > 1000000) {
        fprintf(stderr, "usage: dxplan-generate-plan MEASURES [SEED] > plan.json\n");
        return 2;
    }
    const int seed = argc >= 3 ? QString::fromLocal8Bit(argv[2]).toInt() : 1;
    const QByteArray json = PlanJson::write(PlanGenerator::generate(measures, seed));
    return fwrite(json.constData(), 1, size_t(json.size()), stdout) == size_t(json.size()) ? 0 : 1;
}
