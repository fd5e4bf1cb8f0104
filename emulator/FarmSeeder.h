#pragma once

#include <QString>

class FarmState;

// Fills a farm from a --seed specification: "demo" (two sites with realistic names), "empty"
// (one site, nothing else), or "large:N" (N brokers, N gateways and N policies for benchmarks).
namespace FarmSeeder {

bool seed(FarmState *farm, const QString &spec, QString *error);

void seedEmpty(FarmState *farm);
void seedDemo(FarmState *farm);
void seedLarge(FarmState *farm, int count);

} // namespace FarmSeeder
