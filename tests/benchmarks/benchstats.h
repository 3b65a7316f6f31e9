#pragma once

#include <QElapsedTimer>
#include <QList>

namespace Storydesk::Bench {

// The figures every benchmark prints. Machines running these are shared and noisy, so
// benchmarks report medians of several runs and the CPU time a run cost beside its wall time.

double median(QList<double> values);
double elapsedMs(const QElapsedTimer &timer);
// CPU time of this whole process (all threads), and of its waited-for children.
double processCpuMs();
double childrenCpuMs();
// The process's peak resident memory (VmHWM), 0 when unknown.
double peakRssMiB();

} // namespace Storydesk::Bench
