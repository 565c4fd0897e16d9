#include "import/wordnumbering.h"

#include <QXmlStreamReader>

namespace {

int intAttribute(const QXmlStreamReader &xml, const char *name, int fallback)
{
    // w:val and friends; the prefix is whatever the file binds to the WordprocessingML
    // namespace, so attributes are matched by local name.
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String(name)) {
            bool ok = false;
            const int v = a.value().toInt(&ok);
            return ok ? v : fallback;
        }
    }
    return fallback;
}

QString stringAttribute(const QXmlStreamReader &xml, const char *name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    }
    return QString();
}

QString chineseCount(int n, bool formal)
{
    static const char16_t plain[] = u"零一二三四五六七八九";
    static const char16_t legal[] = u"零壹贰叁肆伍陆柒捌玖";
    const char16_t *digits = formal ? legal : plain;
    const QChar ten = formal ? QChar(u'拾') : QChar(u'十');
    const QChar hundred = formal ? QChar(u'佰') : QChar(u'百');
    const QChar thousand = formal ? QChar(u'仟') : QChar(u'千');
    if (n <= 0)
        return formal ? QString(QChar(digits[0])) : QStringLiteral("〇");
    if (n >= 10000)
        return QString::number(n);
    QString out;
    const int th = n / 1000, h = (n / 100) % 10, t = (n / 10) % 10, u = n % 10;
    bool zero = false;
    if (th) {
        out += QChar(digits[th]);
        out += thousand;
    }
    if (h) {
        out += QChar(digits[h]);
        out += hundred;
    } else if (th && (t || u)) {
        zero = true;
    }
    if (t) {
        if (zero)
            out += QChar(digits[0]);
        zero = false;
        // 十二, not 一十二, when the number starts with the tens.
        if (!(t == 1 && out.isEmpty() && !formal))
            out += QChar(digits[t]);
        out += ten;
    } else if ((th || h) && u) {
        zero = true;
    }
    if (u) {
        if (zero)
            out += QChar(digits[0]);
        out += QChar(digits[u]);
    }
    return out;
}

QString letters(int n, char first)
{
    // Word repeats the letter: a … z, aa … zz.
    if (n <= 0)
        return QString();
    const int repeat = (n - 1) / 26 + 1;
    return QString(repeat, QChar(first + (n - 1) % 26));
}

QString roman(int n)
{
    if (n <= 0 || n >= 4000)
        return QString::number(n);
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const symbols[] = {"m",  "cm", "d",  "cd", "c",  "xc", "l",
                                          "xl", "x",  "ix", "v",  "iv", "i"};
    QString out;
    for (int i = 0; i < 13; ++i) {
        while (n >= values[i]) {
            out += QLatin1String(symbols[i]);
            n -= values[i];
        }
    }
    return out;
}

} // namespace

WordNumbering::WordNumbering(const QByteArray &numberingXml)
{
    if (numberingXml.isEmpty())
        return;
    QXmlStreamReader xml(numberingXml);
    int abstractId = -1;
    int numId = -1;
    int levelIndex = -1;
    int overrideLevel = -1;
    Level level;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return; // no DTD in OOXML; one here is an entity attack, not numbering
        if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"lvl" && abstractId >= 0 && levelIndex >= 0 && levelIndex < 9) {
                QList<Level> &levels = m_abstracts[abstractId];
                while (levels.size() <= levelIndex)
                    levels.append(Level());
                levels[levelIndex] = level;
                levelIndex = -1;
            } else if (name == u"abstractNum") {
                abstractId = -1;
            } else if (name == u"num") {
                numId = -1;
            } else if (name == u"lvlOverride") {
                overrideLevel = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"abstractNum") {
            abstractId = intAttribute(xml, "abstractNumId", -1);
        } else if (name == u"lvl" && abstractId >= 0 && numId < 0) {
            levelIndex = intAttribute(xml, "ilvl", -1);
            level = Level();
        } else if (levelIndex >= 0 && abstractId >= 0) {
            if (name == u"start")
                level.start = intAttribute(xml, "val", 1);
            else if (name == u"numFmt")
                level.numFmt = stringAttribute(xml, "val");
            else if (name == u"lvlText") {
                level.text = stringAttribute(xml, "val");
                level.hasText = true;
            } else if (name == u"lvlRestart")
                level.restart = intAttribute(xml, "val", -1);
            else if (name == u"suff")
                level.suffix = stringAttribute(xml, "val");
        } else if (name == u"num") {
            numId = intAttribute(xml, "numId", -1);
            if (numId >= 0)
                m_nums[numId] = Num();
        } else if (numId >= 0 && name == u"abstractNumId") {
            m_nums[numId].abstractId = intAttribute(xml, "val", -1);
        } else if (numId >= 0 && name == u"lvlOverride") {
            overrideLevel = intAttribute(xml, "ilvl", -1);
        } else if (numId >= 0 && overrideLevel >= 0 && name == u"startOverride") {
            m_nums[numId].startOverrides.insert(overrideLevel, intAttribute(xml, "val", 1));
        }
    }
    // On damaged XML, what was read before the damage is kept: numbering helps, it is not
    // the text.
}

QString WordNumbering::format(int value, const QString &numFmt)
{
    if (numFmt == u"decimal" || numFmt.isEmpty())
        return QString::number(value);
    if (numFmt == u"chineseCounting" || numFmt == u"chineseCountingThousand" ||
        numFmt == u"japaneseCounting" || numFmt == u"taiwaneseCounting" ||
        numFmt == u"taiwaneseCountingThousand" || numFmt == u"ideographDigital" ||
        numFmt == u"japaneseDigitalTenThousand")
        return chineseCount(value, false);
    if (numFmt == u"chineseLegalSimplified" || numFmt == u"japaneseLegal")
        return chineseCount(value, true);
    if (numFmt == u"ideographTraditional") {
        static const char16_t stems[] = u"甲乙丙丁戊己庚辛壬癸";
        return value >= 1 ? QString(QChar(stems[(value - 1) % 10])) : QString::number(value);
    }
    if (numFmt == u"ideographZodiac") {
        static const char16_t branches[] = u"子丑寅卯辰巳午未申酉戌亥";
        return value >= 1 ? QString(QChar(branches[(value - 1) % 12])) : QString::number(value);
    }
    if (numFmt == u"decimalEnclosedCircle" || numFmt == u"decimalEnclosedCircleChinese")
        return value >= 1 && value <= 20 ? QString(QChar(0x2460 + value - 1))
                                         : QString::number(value);
    if (numFmt == u"decimalEnclosedParen")
        return value >= 1 && value <= 20 ? QString(QChar(0x2474 + value - 1))
                                         : QString::number(value);
    if (numFmt == u"decimalEnclosedFullstop")
        return value >= 1 && value <= 20 ? QString(QChar(0x2488 + value - 1))
                                         : QString::number(value);
    if (numFmt == u"decimalFullWidth" || numFmt == u"decimalFullWidth2") {
        QString s = QString::number(value);
        for (QChar &c : s)
            c = QChar(c.unicode() - u'0' + 0xFF10);
        return s;
    }
    if (numFmt == u"decimalZero")
        return value < 10 && value >= 0 ? u'0' + QString::number(value) : QString::number(value);
    if (numFmt == u"lowerLetter")
        return letters(value, 'a');
    if (numFmt == u"upperLetter")
        return letters(value, 'A');
    if (numFmt == u"lowerRoman")
        return roman(value);
    if (numFmt == u"upperRoman")
        return roman(value).toUpper();
    if (numFmt == u"none" || numFmt == u"bullet")
        return QString();
    return QString::number(value);
}

QString WordNumbering::next(int numId, int ilvl)
{
    if (numId <= 0 || ilvl < 0 || ilvl > 8)
        return QString();
    const auto numIt = m_nums.find(numId);
    if (numIt == m_nums.end())
        return QString();
    const auto absIt = m_abstracts.constFind(numIt->abstractId);
    if (absIt == m_abstracts.constEnd() || ilvl >= absIt->size())
        return QString();
    const QList<Level> &levels = *absIt;
    Counters &counters = m_counters[numIt->abstractId];
    while (counters.values.size() < 9)
        counters.values.append(Unset);
    if (!numIt->overridesApplied) {
        // A w:num with start overrides begins its definition's list anew at its first use.
        numIt->overridesApplied = true;
        for (auto o = numIt->startOverrides.cbegin(); o != numIt->startOverrides.cend(); ++o) {
            if (o.key() >= 0 && o.key() < 9)
                counters.values[o.key()] = o.value() - 1;
        }
    }
    const Level &level = levels.at(ilvl);
    int &value = counters.values[ilvl];
    value = value == Unset ? level.start : value + 1;
    for (int deeper = ilvl + 1; deeper < 9; ++deeper) {
        // lvlRestart: absent, restart whenever a higher level counts; 0, never; k, when one
        // of the levels 1..k (1-based) counts.
        const int restart = deeper < levels.size() ? levels.at(deeper).restart : -1;
        if (restart == -1 || (restart > 0 && ilvl < restart))
            counters.values[deeper] = Unset;
    }
    if (!level.hasText || level.numFmt == u"bullet")
        return QString();
    QString text;
    const QString &pattern = level.text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' &&
            pattern.at(i + 1) <= u'9') {
            const int l = pattern.at(i + 1).unicode() - u'1';
            const int counted = counters.values.value(l, Unset);
            const int v = l == ilvl          ? value
                          : counted != Unset ? counted
                                             : (l < levels.size() ? levels.at(l).start : 1);
            text += format(v, l < levels.size() ? levels.at(l).numFmt : QStringLiteral("decimal"));
            ++i;
        } else {
            text += pattern.at(i);
        }
    }
    return text;
}
