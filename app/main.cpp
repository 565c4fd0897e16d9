#include "app/commandline.h"
#include "core/documentmodel.h"
#include "core/languagemanager.h"
#include "core/processmemory.h"
#include "core/segmenter.h"
#include "widgets/darkpalette.h"
#include "widgets/detailpane.h"
#include "widgets/mainwindow.h"
#include "widgets/systemcolorscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStyleFactory>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>

namespace {

const QString SampleReport = QStringLiteral(":/reportscope/sample-report.txt");

// Strings are marked for lupdate with QT_TRANSLATE_NOOP where they are written, so that
// lupdate finds them, and translated here when used.
QString trMain(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// Removes "--lang CODE" or "--lang=CODE" from argv (the subcommand parsers do not know it)
// and returns CODE; empty when absent.
QString takeLanguageOption(int &argc, char **argv)
{
    QString code;
    int out = 1;
    for (int in = 1; in < argc; ++in) {
        const QByteArray a(argv[in]);
        if (a == "--lang" && in + 1 < argc) {
            code = QString::fromLocal8Bit(argv[++in]);
            continue;
        }
        if (a.startsWith("--lang=")) {
            code = QString::fromLocal8Bit(a.mid(7));
            continue;
        }
        argv[out++] = argv[in];
    }
    argc = out;
    argv[argc] = nullptr;
    return code;
}

void printError(const QString &message);

// --lang wins; otherwise the saved choice (window only) or the system locale.
void applyLanguage(const QString &requested, bool useSettings)
{
    if (!requested.isEmpty()) {
        if (LanguageManager::normalize(requested).isEmpty()) {
            printError(trMain(QT_TRANSLATE_NOOP("main", "unknown language \"%1\" (use en or "
                                                        "zh_CN)"))
                           .arg(requested));
        } else {
            LanguageManager::apply(requested);
            return;
        }
    }
    LanguageManager::apply(useSettings ? LanguageManager::preferredLanguage()
                                       : LanguageManager::systemLanguage());
}

void printError(const QString &message)
{
    const QByteArray bytes = QStringLiteral("reportscope: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// REPORTSCOPE_TIMING=1 prints how long start-up phases took (for the start-up budget).
void timing(const QElapsedTimer &clock, const char *phase)
{
    static const bool enabled = qEnvironmentVariableIntValue("REPORTSCOPE_TIMING") != 0;
    if (!enabled)
        return;
    // With the peak memory so far (Linux), for the window's memory budget.
    const qint64 peakKb = ProcessMemory::peakResidentKb();
    // And the CPU time so far (user + system, all threads): steadier than the clock on a
    // loaded machine.
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long long cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000LL +
                            (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    std::fprintf(stderr, "timing: %-22s %5lld ms  cpu %5lld ms  peak RSS %lld kB\n", phase,
                 clock.elapsed(), cpuMs, peakKb);
}

// Notes the first paint of a widget: the moment the window first shows the report.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// What QWidget::grab() paints, into 24-bit pixels: a window is opaque, and beside its
// backing store (32-bit) a 32-bit copy was the largest allocation of a screenshot (4 MB at
// 1280×800). The PNG writer takes these rows as they are.
QImage renderOpaque(QWidget *widget)
{
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(widget->size() * ratio, QImage::Format_RGB888);
    image.setDevicePixelRatio(ratio);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    return image;
}

void setApplicationNames()
{
    // The desktop file's id: Wayland compositors and docks match the window to its entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.reportscope.ReportScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReportScope"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTSCOPE_VERSION));
}

void setApplicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/reportscope/icons/reportscope-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
}

struct WindowOptions
{
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        trMain(QT_TRANSLATE_NOOP("main", "Render the window at 1280×800 to OUT.png and exit.")),
        QStringLiteral("OUT.png")};
    QCommandLineOption select{
        QStringLiteral("select"),
        trMain(QT_TRANSLATE_NOOP(
            "main", "Select the section with this id, e.g. 1.7.2 (default: the report itself).")),
        QStringLiteral("ID")};
    QCommandLineOption dark{
        QStringLiteral("dark"),
        trMain(QT_TRANSLATE_NOOP("main", "Use a dark colour scheme (with the Fusion style)."))};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        trMain(QT_TRANSLATE_NOOP("main", "Interface language: en or zh_CN (default: as chosen in "
                                         "View ▸ Language, else the system language).")),
        QStringLiteral("CODE")};
    QCommandLineOption startPage{
        QStringLiteral("start-page"),
        trMain(QT_TRANSLATE_NOOP("main", "Open no file and not the last session: show the "
                                         "start page."))};
    QCommandLineOption printPreview{
        QStringLiteral("print-preview"),
        trMain(QT_TRANSLATE_NOOP("main", "With --screenshot: render File ▸ Print Preview of the "
                                         "selected section instead of the window."))};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(trMain(QT_TRANSLATE_NOOP(
            "main", "Browse long, structured government reports: sections, text and figures.\n"
                    "Subcommands (see reportscope SUBCOMMAND --help and man reportscope): "
                    "outline, figures, check, export.")));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            trMain(QT_TRANSLATE_NOOP("main", "Report files to open (default: the last session, "
                                             "else the start page; the bundled sample report "
                                             "for --screenshot).")),
            QStringLiteral("[FILE...]"));
        parser.addOption(screenshot);
        parser.addOption(select);
        parser.addOption(dark);
        parser.addOption(lang);
        parser.addOption(startPage);
        parser.addOption(printPreview);
    }
};

int runWindow(int argc, char *argv[], const QString &language)
{
    QElapsedTimer clock;
    clock.start();
    // --help and --version print without a display: no QApplication for them.
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "-v" || a == "--version") {
            QCoreApplication app(argc, argv);
            setApplicationNames();
            applyLanguage(language, false);
            const WindowOptions opt;
            QCommandLineParser parser;
            opt.addTo(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    timing(clock, "QApplication");
    setApplicationNames();
    // The option texts are translated when built: install the language first. Screenshots
    // do not read the saved choice, so they look the same everywhere.
    bool screenshotRequested = false;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--screenshot"))
            screenshotRequested = true;
    }
    applyLanguage(language, !screenshotRequested);
    const WindowOptions opt;
    QCommandLineParser parser;
    opt.addTo(parser);
    parser.process(app);

    const bool screenshot = parser.isSet(opt.screenshot);
    // Dark when asked, or when the desktop is dark (not for screenshots: they must not depend
    // on the machine); REPORTSCOPE_DARK=0 keeps the light scheme on a dark desktop.
    const bool darkAsked =
        parser.isSet(opt.dark) || qEnvironmentVariableIntValue("REPORTSCOPE_DARK") != 0;
    const bool darkRefused = qEnvironmentVariableIsSet("REPORTSCOPE_DARK") &&
                             qEnvironmentVariableIntValue("REPORTSCOPE_DARK") == 0;
    if (darkAsked || (!screenshot && !darkRefused && SystemColorScheme::prefersDark())) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(DarkPalette::palette());
    }

    const QStringList files = parser.positionalArguments();
    const bool startPage = parser.isSet(opt.startPage);
    const QString selectId = parser.value(opt.select);

    MainWindow::Options options;
    // A screenshot looks the same whatever the user's saved layout.
    options.useSettings = !screenshot;
    MainWindow window(options);
    timing(clock, "MainWindow");

    int row = -1;
    QString error;
    if (files.isEmpty() && startPage) {
        // Nothing to open: the start page.
    } else if (files.isEmpty() && !screenshot) {
        // The last session's reports, else the start page; missing files go to the status bar.
        if (window.restoresSession())
            window.restoreSession();
    } else if (files.isEmpty()) {
        QFile sample(SampleReport);
        if (sample.open(QIODevice::ReadOnly))
            row = window.openData(sample.readAll(), SampleReport, &error);
        if (row < 0) {
            printError(QStringLiteral("%1: %2").arg(SampleReport, error));
            if (screenshot)
                return 1;
        }
    } else if (screenshot) {
        for (const QString &file : files) {
            const int r = window.openFileNow(file, &error);
            if (r < 0) {
                printError(QStringLiteral("%1: %2").arg(file, error));
                return 1;
            }
            if (row < 0)
                row = r;
        }
    } else {
        if (!selectId.isEmpty()) {
            // The first file is loaded in the background: select once loading is done.
            const QString first = files.first();
            QObject::connect(&window, &MainWindow::loadingFinished, &window,
                             [&window, first, selectId] {
                                 const int r = window.documentModel()->rowOfFile(first);
                                 if (r >= 0)
                                     window.selectSection(r, selectId);
                             });
        }
        window.openFiles(files);
    }

    timing(clock, "report loaded");
    if (row >= 0 && !selectId.isEmpty() && !window.selectSection(row, selectId)) {
        printError(trMain(QT_TRANSLATE_NOOP("main", "no section with id \"%1\"")).arg(selectId));
        if (screenshot)
            return 2;
    }

    if (screenshot) {
        window.resize(1280, 800);
        // The window paints the report's text first, as it does when started by the user;
        // charts not yet drawn come in the passes after (timers), which settle() then runs
        // to the end, so that the screenshot shows the whole window.
        const FirstPaintWatcher firstPaint(window.detailPane()->textBrowser()->viewport());
        window.show();
        QElapsedTimer waited;
        waited.start();
        while (!firstPaint.painted() && waited.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        timing(clock, "painted (first)");
        // The screenshot shows the charts in view: those below are made when scrolled to.
        window.settle(true);
        timing(clock, "laid out");
        QImage image;
        if (!parser.isSet(opt.printPreview)) {
            image = renderOpaque(&window);
        } else {
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageSize(QPageSize(QPageSize::A4));
            QPrintPreviewDialog preview(&printer, &window);
            QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &window,
                             [&window](QPrinter *p) { window.printSections(p); });
            preview.resize(1100, 760);
            preview.show();
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            image = renderOpaque(&preview);
        }
        timing(clock, "painted (grab)");
        const QString out = parser.value(opt.screenshot);
        if (!image.save(out, "PNG")) {
            printError(
                trMain(QT_TRANSLATE_NOOP("main", "%1: could not write the screenshot")).arg(out));
            return 1;
        }
        timing(clock, "PNG written");
        return 0;
    }
    window.show();
    // Decoding the six icon sizes takes a few milliseconds: after the first paint (a
    // screenshot has no title bar to show it in).
    QTimer::singleShot(0, &app, setApplicationIcon);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QString language = takeLanguageOption(argc, argv);
    // Figure labels need the word lexicon: refuse to start without it rather than read wrong
    // labels, and load it on a pool thread while the application starts.
    {
        QString lexiconError;
        if (!Segmenter::check(&lexiconError)) {
            printError(lexiconError);
            return 1;
        }
        // search and compare only read the library: they never segment, so they do not
        // wait for the lexicon at exit either.
        const bool readsLibraryOnly =
            argc >= 2 && (qstrcmp(argv[1], "search") == 0 || qstrcmp(argv[1], "compare") == 0);
        if (!readsLibraryOnly)
            Segmenter::warmUp();
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isSubcommand(arguments)) {
        if (!CommandLine::needsGui(arguments)) {
            QCoreApplication app(argc, argv);
            // The same names as the window, so the library is found in the same place.
            setApplicationNames();
            QCoreApplication::setApplicationVersion(QStringLiteral(REPORTSCOPE_VERSION));
            applyLanguage(language, false);
            return CommandLine::run(QCoreApplication::arguments());
        }
        // Export draws charts and text: it needs a QApplication (offscreen is fine).
        QApplication app(argc, argv);
        setApplicationNames();
        applyLanguage(language, false);
        return CommandLine::run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv, language);
}
