// ProcessMemory: fields of /proc/self/status, parsed from real status text and read from this
// process, whose peak grows when it touches memory.

#include "core/processmemory.h"

#include <QTest>

#include <cstring>
#include <memory>

class TestProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void fieldKb_data();
    void fieldKb();
    void peakFollowsTouchedMemory();
};

namespace {

// Lines as Linux 6 writes them (tabs, padded values, units).
const char Status[] = "Name:\treportscope\n"
                      "VmPeak:\t  912340 kB\n"
                      "VmHWM:\t   61096 kB\n"
                      "VmRSS:\t   49200 kB\n"
                      "VmHWMx:\t      7 kB\n"
                      "Threads:\t5\n"
                      "VmSwap:\t       0 kB";

} // namespace

void TestProcessMemory::fieldKb_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<qint64>("kb");
    const QByteArray status(Status);
    QTest::addRow("peak resident") << status << QByteArray("VmHWM") << qint64(61096);
    QTest::addRow("resident") << status << QByteArray("VmRSS") << qint64(49200);
    QTest::addRow("peak address space") << status << QByteArray("VmPeak") << qint64(912340);
    QTest::addRow("last line without newline") << status << QByteArray("VmSwap") << qint64(0);
    QTest::addRow("value without unit") << status << QByteArray("Threads") << qint64(5);
    QTest::addRow("a longer name is another field")
        << QByteArray("VmHWMx:\t 7 kB\n") << QByteArray("VmHWM") << qint64(-1);
    QTest::addRow("prefix of a name") << status << QByteArray("VmH") << qint64(-1);
    QTest::addRow("missing field") << status << QByteArray("VmLck") << qint64(-1);
    QTest::addRow("not a number") << status << QByteArray("Name") << qint64(-1);
    QTest::addRow("empty status") << QByteArray() << QByteArray("VmHWM") << qint64(-1);
    QTest::addRow("empty field") << status << QByteArray() << qint64(-1);
}

void TestProcessMemory::fieldKb()
{
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, field);
    QFETCH(qint64, kb);
    QCOMPARE(ProcessMemory::fieldKb(status, field), kb);
}

void TestProcessMemory::peakFollowsTouchedMemory()
{
#ifndef Q_OS_LINUX
    QCOMPARE(ProcessMemory::peakResidentKb(), qint64(-1));
    return;
#endif
    // The resident set first: the peak read after it is at least as large.
    const qint64 resident = ProcessMemory::residentKb();
    const qint64 before = ProcessMemory::peakResidentKb();
    QVERIFY2(resident > 0, "no VmRSS in /proc/self/status");
    QVERIFY2(resident <= before, qPrintable(QStringLiteral("%1 > %2").arg(resident).arg(before)));
    // 32 MiB written page by page are resident: the peak grows by about as much.
    constexpr size_t Size = 32u << 20;
    const std::unique_ptr<char[]> block(new char[Size]);
    std::memset(block.get(), 1, Size);
    QCOMPARE(block[Size - 1], char(1));
    const qint64 after = ProcessMemory::peakResidentKb();
    QVERIFY2(after - before >= 30 * 1024,
             qPrintable(QStringLiteral("VmHWM %1 → %2 kB").arg(before).arg(after)));
    QVERIFY(ProcessMemory::statusKb("VmPeak") >= after);
}

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
