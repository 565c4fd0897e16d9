// The project's Segmenter over the lines of stdin: with an argument, prints the offsets
// (characters) of word ends per line; always the CPU time on standard error.
#include "core/segmenter.h"
#include <QFile>
#include <QTextStream>
#include <cstdio>
#include <ctime>
int main(int argc, char **argv)
{
    QString error;
    Segmenter s;
    if (!s.load(Segmenter::defaultPath(), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
    qint64 bytes = 0;
    for (const QString &l : lines)
        bytes += l.toUtf8().size() + 1;
    timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    qsizetype words = 0;
    for (const QString &l : lines)
        words += s.segment(l, 0, l.size()).size();
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    if (argc > 1) {
        for (const QString &l : lines) {
            for (const Segmenter::Token &t : s.segment(l, 0, l.size()))
                printf("%lld ", (long long)t.end);
            printf("\n");
        }
    }
    const double sec = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "jieba Segmenter: %lld bytes, %lld words in %.3f s = %.2f MB/s\n",
            (long long)bytes, (long long)words, sec, bytes / sec / 1e6);
}
