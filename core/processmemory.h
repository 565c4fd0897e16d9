#ifndef REPORTSCOPE_PROCESSMEMORY_H
#define REPORTSCOPE_PROCESSMEMORY_H

#include <QByteArrayView>
#include <QtGlobal>

/**
 * The memory of this process as the kernel counts it: fields of /proc/self/status in kB, for
 * the memory budgets (the window's start-up timing lines, bench_window, tests that bound a
 * growth). Linux only: elsewhere, and for a field the kernel does not give, every function
 * returns -1, so that callers can skip rather than fail.
 */
class ProcessMemory
{
public:
    /** A field of /proc/self/status in kB, named without its colon: "VmHWM" (peak resident
     *  set), "VmRSS", "VmPeak" (peak address space); -1 when there is none. */
    static qint64 statusKb(QByteArrayView field);
    /** The peak resident set so far (VmHWM) in kB; -1 when unknown. */
    static qint64 peakResidentKb() { return statusKb("VmHWM"); }
    /** The resident set now (VmRSS) in kB; -1 when unknown. */
    static qint64 residentKb() { return statusKb("VmRSS"); }
    /** The value of field in status, text in the format of /proc/self/status ("VmHWM:\t  61096
     *  kB" lines); -1 when no line names it or its value is not a number. */
    static qint64 fieldKb(QByteArrayView status, QByteArrayView field);
};

#endif // REPORTSCOPE_PROCESSMEMORY_H
