// The Simplified Chinese catalogue is complete and consistent, and switching the language
// retranslates the open window at once.

#include "core/languagemanager.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return messages;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, QString(), {}, QString()};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural forms are <numerusform> children; plain ones are text.
                QString text;
                QStringList forms;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms.append(xml.readElementText());
                }
                current.translations = forms.isEmpty() ? QStringList{text} : forms;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            current = Message();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

bool hasCjk(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// Both catalogues: the GUI layers' and core's (which the command line loads on its own).
QList<Message> readCatalogues(QString *error)
{
    QList<Message> all;
    for (const char *name : {"reportscope_zh_CN.ts", "reportscope_core_zh_CN.ts"}) {
        const QList<Message> one = readTs(
            QStringLiteral(REPORTSCOPE_SOURCE_DIR "/translations/") + QLatin1String(name), error);
        if (one.isEmpty() && error->isEmpty())
            *error = QStringLiteral("no messages in ") + QLatin1String(name);
        all += one;
    }
    return all;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete();
    void placeholdersKept();
    void englishHasNoChinese();
    void switchLanguage_data();
    void switchLanguage();
    void languageMenu();
    void normalize_data();
    void normalize();
};

void TestTranslations::catalogueComplete()
{
    QString error;
    const QList<Message> messages = readCatalogues(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (!m.type.isEmpty() || empty)
            problems.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersKept()
{
    QString error;
    QStringList problems;
    for (const Message &m : readCatalogues(&error)) {
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            // A Chinese plural form may drop %n's noun but not %n itself.
            if (placeholders(t) != expected)
                problems.append(m.source + QStringLiteral(" → ") + t);
        }
        // Chinese text in the interface, apart from names such as PDF, CSV, JSON and UTF-8.
        for (const QString &t : m.translations) {
            if (!hasCjk(t) && !m.source.isEmpty() && hasCjk(m.source) == false &&
                m.source.contains(QRegularExpression(QStringLiteral("[a-z]{4,}"))))
                problems.append(QStringLiteral("untranslated: ") + m.source);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishHasNoChinese()
{
    // The English interface shows no Chinese interface strings (report text aside).
    QString error;
    QStringList problems;
    for (const Message &m : readCatalogues(&error)) {
        if (hasCjk(m.source))
            problems.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::switchLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("viewMenu");
    QTest::addRow("Chinese") << u"zh_CN"_qs << u"文件"_qs << u"视图"_qs;
    QTest::addRow("English") << u"en"_qs << u"File"_qs << u"View"_qs;
    QTest::addRow("Chinese again") << u"zh_CN"_qs << u"文件"_qs << u"视图"_qs;
}

void TestTranslations::switchLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, viewMenu);
    MainWindow::Options options;
    options.useSettings = false;
    static MainWindow *window = nullptr;
    if (!window) {
        LanguageManager::apply(u"en"_qs);
        window = new MainWindow(options);
        window->show();
    }
    QVERIFY(LanguageManager::apply(code));
    QCOMPARE(LanguageManager::current(), code);
    QCoreApplication::processEvents();
    // Titles carry a mnemonic: "&File", "文件(&F)".
    const auto plain = [](QString t) {
        return t.remove(QRegularExpression(QStringLiteral("\\(&.\\)|&")));
    };
    QCOMPARE(plain(window->fileMenu()->title()), fileMenu);
    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles.append(plain(a->text()));
    QVERIFY2(titles.contains(viewMenu), qPrintable(titles.join(QLatin1Char(','))));
    // Numbers follow the language too.
    QCOMPARE(QLocale().language(), code == u"en"_qs ? QLocale::English : QLocale::Chinese);
}

void TestTranslations::languageMenu()
{
    // View ▸ Language switches at once, without restarting.
    LanguageManager::apply(u"en"_qs);
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_qs);
    QVERIFY(menu);
    QCOMPARE(menu->title(), u"&Language"_qs);
    QAction *chinese = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == u"zh_CN"_qs)
            chinese = a;
    }
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), u"简体中文"_qs);
    chinese->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(LanguageManager::current(), u"zh_CN"_qs);
    QVERIFY(chinese->isChecked());
    QCOMPARE(menu->title(), u"语言(&L)"_qs);
    QCOMPARE(window.fileMenu()->title(), u"文件(&F)"_qs);
    LanguageManager::apply(u"en"_qs);
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), u"&File"_qs);
}

void TestTranslations::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addRow("en") << u"en"_qs << u"en"_qs;
    QTest::addRow("en_US.UTF-8") << u"en_US.UTF-8"_qs << u"en"_qs;
    QTest::addRow("zh_CN") << u"zh_CN"_qs << u"zh_CN"_qs;
    QTest::addRow("zh-CN") << u"zh-CN"_qs << u"zh_CN"_qs;
    QTest::addRow("zh_CN.UTF-8") << u"zh_CN.UTF-8"_qs << u"zh_CN"_qs;
    QTest::addRow("zh") << u"zh"_qs << u"zh_CN"_qs;
    QTest::addRow("unknown") << u"fr"_qs << QString();
}

void TestTranslations::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QCOMPARE(LanguageManager::normalize(input), code);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
