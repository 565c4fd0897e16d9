#include "import/encodingdetector.h"

#include "core/textnormalizer.h"

#include <QStringEncoder>
#include <QTest>

namespace {

const QString chinese =
    u"一、主要举措和成效\n(一)加强党的领导,完善法治政府建设推进机制。参学率100%。\n"_qs;

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void binary_data();
    void binary();
    void damagedUtf8();
    void normalizedCopy_data();
    void normalizedCopy();
    void asQtDecodes_data();
    void asQtDecodes();
};

void TestEncodingDetector::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addRow("UTF-8") << chinese.toUtf8() << u"UTF-8"_qs;
    QTest::addRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << u"UTF-8 (BOM)"_qs;
    QTest::addRow("UTF-16LE with BOM")
        << QByteArray("\xFF\xFE") + encode(chinese, "UTF-16LE") << u"UTF-16LE (BOM)"_qs;
    QTest::addRow("UTF-16BE with BOM")
        << QByteArray("\xFE\xFF") + encode(chinese, "UTF-16BE") << u"UTF-16BE (BOM)"_qs;
    QTest::addRow("UTF-16LE without BOM") << encode(chinese, "UTF-16LE") << u"UTF-16LE"_qs;
    QTest::addRow("UTF-16BE without BOM") << encode(chinese, "UTF-16BE") << u"UTF-16BE"_qs;
    QTest::addRow("UTF-32LE with BOM")
        << QByteArray("\xFF\xFE\x00\x00", 4) + encode(chinese, "UTF-32LE") << u"UTF-32LE (BOM)"_qs;
    QTest::addRow("GB18030") << encode(chinese, "GB18030") << u"GB18030"_qs;
    QTest::addRow("GBK subset") << encode(u"法治政府建设年度报告。"_qs, "GBK") << u"GB18030"_qs;
    QTest::addRow("ASCII") << QByteArray("plain text report.\n") << u"UTF-8"_qs;
}

void TestEncodingDetector::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const EncodingDetector::Decoded d = EncodingDetector::decode(bytes);
    QVERIFY(!d.binary);
    QCOMPARE(d.encodingName, encoding);
    QCOMPARE(d.invalidSequences, 0);
    if (encoding != u"ASCII"_qs && bytes.size() > 40)
        QCOMPARE(d.text, chinese);
}

void TestEncodingDetector::binary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("ELF header") << QByteArray("\x7F"
                                              "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                                              12)
                                       .repeated(100);
    QTest::addRow("PNG header")
        << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16).repeated(50);
    QByteArray controls;
    for (int i = 0; i < 4000; ++i)
        controls.append(char(1 + (i * 7) % 30));
    QTest::addRow("control characters") << controls;
}

void TestEncodingDetector::binary()
{
    QFETCH(QByteArray, bytes);
    const EncodingDetector::Decoded d = EncodingDetector::decode(bytes);
    QVERIFY(d.binary);
    QVERIFY(d.text.isEmpty());
}

void TestEncodingDetector::damagedUtf8()
{
    // A UTF-8 report with a few broken bytes stays UTF-8, the bytes become U+FFFD.
    QByteArray bytes = chinese.toUtf8().repeated(20);
    bytes[10] = char(0xFF);
    bytes[200] = char(0xC0);
    const EncodingDetector::Decoded d = EncodingDetector::decode(bytes);
    QVERIFY(!d.binary);
    QCOMPARE(d.encodingName, u"UTF-8"_qs);
    QVERIFY(d.invalidSequences >= 2);
    QVERIFY(d.text.contains(u"法治政府建设"_qs));
}

void TestEncodingDetector::normalizedCopy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addRow("UTF-8 full-width, CRLF, odd spaces")
        << u"（一）１６６５．２\r\n增长\u3000５％\u2028完"_qs.toUtf8()
        << u"（一）１６６５．２\r\n增长\u3000５％\u2028完"_qs << u"(一)1665.2\n\n增长 5%\n完"_qs;
    QTest::addRow("UTF-8 ASCII runs with CR")
        << QByteArray("0123456789\r\nabcdefgh\rxy") << u"0123456789\r\nabcdefgh\rxy"_qs
        << u"0123456789\n\nabcdefgh\nxy"_qs;
    QTest::addRow("UTF-8 two- and four-byte")
        << u"\u00A0°𠀀，"_qs.toUtf8() << u"\u00A0°𠀀，"_qs << u" °𠀀,"_qs;
    // The run of CJK characters decoded without a normalising test ends at each character
    // normalising changes or that lies past U+D7FF, and before the last three bytes.
    QTest::addRow("UTF-8 ends of the CJK run")
        << u"年\u3000\u3001\ud7ff\ue000\ufeff度，报"_qs.toUtf8()
        << u"年\u3000\u3001\ud7ff\ue000\ufeff度，报"_qs << u"年 \u3001\ud7ff\ue000 度,报"_qs;
    QTest::addRow("damaged UTF-8")
        << (u"（一）年度报告，"_qs.toUtf8().repeated(20) + "\xFF")
        << (u"（一）年度报告，"_qs.repeated(20) + QChar::ReplacementCharacter)
        << (u"(一)年度报告,"_qs.repeated(20) + QChar::ReplacementCharacter);
    QTest::addRow("GB18030") << encode(u"（一）年度报告，\r\n"_qs, "GB18030")
                             << u"（一）年度报告，\r\n"_qs << u"(一)年度报告,\n\n"_qs;
}

void TestEncodingDetector::normalizedCopy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QString copy = u"left over"_qs;
    const EncodingDetector::Decoded d = EncodingDetector::decode(bytes, &copy);
    QCOMPARE(d.text, text);
    QCOMPARE(copy, normalized);
}

void TestEncodingDetector::asQtDecodes_data()
{
    // The decoder's own loop for three-byte sequences reads two characters a step while both
    // are CJK and stops at anything else; what it gives must be what Qt's decoder gives,
    // wherever in a step a sequence of another kind, a damaged one or the end falls. The
    // Chinese before keeps a few bad bytes from making the file GB18030.
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray before = u"年度报告"_qs.repeated(50).toUtf8();
    const auto row = [&](const char *name, const QByteArray &tail) {
        QTest::addRow("%s", name) << (before + tail);
        QTest::addRow("%s, one character later", name) << (before + u"年"_qs.toUtf8() + tail);
    };
    row("odd number of CJK characters", u"年度报告年"_qs.toUtf8());
    row("full-width punctuation in a step", u"年，度，报（告）"_qs.toUtf8());
    row("ideographic space and U+FEFF in a step", u"年\u3000度\ufeff报"_qs.toUtf8());
    row("U+0800, U+3000, U+D7FF, U+E000 in a step", u"\u0800年\u3000\ud7ff\ue000度"_qs.toUtf8());
    row("two- and four-byte in a step", u"年°度𠀀报"_qs.toUtf8());
    row("ASCII in a step", u"年2023度\r\n报"_qs.toUtf8());
    row("overlong three-byte form", QByteArray("\xE0\x80\x80") + u"报告报告"_qs.toUtf8());
    row("encoded surrogate", QByteArray("\xED\xA0\x80") + u"报告报告"_qs.toUtf8());
    row("lead byte and one continuation", QByteArray("\xE5\xB9") + u"报告报告"_qs.toUtf8());
    row("lead byte before ASCII", QByteArray("\xE5\x41") + u"报告报告"_qs.toUtf8());
    row("continuation byte alone", QByteArray("\x80") + u"报告报告"_qs.toUtf8());
    row("three-byte form cut off at the end", QByteArray("\xE5\xB9"));
    row("lead byte at the end", QByteArray("\xE5"));
}

void TestEncodingDetector::asQtDecodes()
{
    QFETCH(QByteArray, bytes);
    QString normalized;
    const EncodingDetector::Decoded d = EncodingDetector::decode(bytes, &normalized);
    QCOMPARE(d.encodingName, u"UTF-8"_qs);
    QCOMPARE(d.text, QString::fromUtf8(bytes));
    QCOMPARE(normalized, TextNormalizer::normalize(d.text));
    QCOMPARE(EncodingDetector::decode(bytes).text, d.text);
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
