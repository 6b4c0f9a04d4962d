#pragma once

#include "models/PlanSignature.h"

#include <QCommandLineParser>
#include <QStringList>

// dxplan-cli sign and dxplan-cli verify: signing a plan file with an
// organisation's certificate, and checking a signature (docs/signatures.md).
namespace SignCommand {

void configureSign(QCommandLineParser &parser);
int runSign(QCommandLineParser &parser, const QStringList &arguments);

void configureVerify(QCommandLineParser &parser);
// 0 signed, intact and trusted; 1 unsigned, untrusted, changed or damaged;
// 2 unreadable.
int runVerify(QCommandLineParser &parser, const QStringList &arguments);

// unsigned, valid, changed, untrusted, damaged (info --json).
QString stateName(SignatureInfo::State state);

} // namespace SignCommand
