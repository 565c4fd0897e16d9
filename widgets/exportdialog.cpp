#include "widgets/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("ReportScope"), QStringLiteral("ReportScope"));
}

const QString FolderKey = QStringLiteral("export/lastFolder");
const QString SubsectionsKey = QStringLiteral("export/includeSubsections");
const QString ChartsKey = QStringLiteral("export/includeCharts");
const QString MetadataKey = QStringLiteral("export/includeMetadata");
const QString PageSizeKey = QStringLiteral("export/pageSize");

} // namespace

ExportDialog::ExportDialog(bool useSettings, QWidget *parent)
    : QDialog(parent)
    , m_useSettings(useSettings)
    , m_summary(new QLabel(this))
    , m_sourceNote(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_subsections(new QCheckBox(this))
    , m_charts(new QCheckBox(this))
    , m_metadata(new QCheckBox(this))
    , m_pageSizeLabel(new QLabel(this))
    , m_pageSize(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_pathEdit->setObjectName(QStringLiteral("exportPathEdit"));
    m_browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    m_subsections->setObjectName(QStringLiteral("exportSubsectionsCheck"));
    m_charts->setObjectName(QStringLiteral("exportChartsCheck"));
    m_metadata->setObjectName(QStringLiteral("exportMetadataCheck"));
    m_pageSize->setObjectName(QStringLiteral("exportPageSizeCombo"));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_sourceNote->setWordWrap(true);
    // Secondary text: the palette's placeholder colour, so it reads in light and dark themes.
    QPalette notePalette = m_sourceNote->palette();
    notePalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_sourceNote->setPalette(notePalette);

    m_pathEdit->setClearButtonEnabled(true);
    m_pathLabel->setBuddy(m_pathEdit);
    m_pageSizeLabel->setBuddy(m_pageSize);
    m_pageSize->addItem(QString(), int(PdfExporter::PageSize::A4));
    m_pageSize->addItem(QString(), int(PdfExporter::PageSize::Letter));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(QString(), m_subsections);
    form->addRow(QString(), m_charts);
    form->addRow(QString(), m_metadata);
    form->addRow(m_pageSizeLabel, m_pageSize);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_sourceNote);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);

    // Defaults, then what the user chose last time.
    m_subsections->setChecked(true);
    m_charts->setChecked(true);
    m_metadata->setChecked(true);
    if (m_useSettings) {
        QSettings s = settings();
        m_lastFolder = s.value(FolderKey).toString();
        m_subsections->setChecked(s.value(SubsectionsKey, true).toBool());
        m_charts->setChecked(s.value(ChartsKey, true).toBool());
        m_metadata->setChecked(s.value(MetadataKey, true).toBool());
        bool ok = false;
        const PdfExporter::PageSize size =
            PdfExporter::pageSizeFromName(s.value(PageSizeKey).toString(), &ok);
        m_pageSize->setCurrentIndex(m_pageSize->findData(int(size)));
    }

    retranslate();
    updateButtons();
    setMinimumWidth(520);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Sections to PDF"));
    m_summary->setText(m_summaryText);
    m_sourceNote->setText(tr("The checked sections of the current report are exported; when "
                             "none is checked, the section selected in the tree."));
    m_pathLabel->setText(tr("&Output file:"));
    m_pathEdit->setPlaceholderText(tr("Path of the PDF file"));
    m_browseButton->setText(tr("&Browse…"));
    m_subsections->setText(tr("Include &subsections"));
    m_subsections->setToolTip(
        tr("Export each chosen section with the sections below it. Off: only the text "
           "directly under each chosen heading."));
    m_charts->setText(tr("Include &charts"));
    m_charts->setToolTip(tr("Chart the figures stated in the exported sections"));
    m_metadata->setText(tr("Include the report's &metadata header"));
    m_metadata->setToolTip(tr("Issuer, date and source under the title"));
    m_pageSizeLabel->setText(tr("&Page size:"));
    m_pageSize->setItemText(0, tr("A4"));
    m_pageSize->setItemText(1, tr("Letter"));
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(tr("&Export"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::setSummary(const QString &summary)
{
    m_summaryText = summary;
    m_summary->setText(summary);
}

QString ExportDialog::folder() const
{
    if (!m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir())
        return m_lastFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportDialog::setSuggestedFileName(const QString &fileName)
{
    setOutputPath(QDir(folder()).filePath(fileName));
}

QString ExportDialog::outputPath() const
{
    return m_pathEdit->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::includeSubsections() const
{
    return m_subsections->isChecked();
}

void ExportDialog::setIncludeSubsections(bool on)
{
    m_subsections->setChecked(on);
}

PdfExporter::Options ExportDialog::options() const
{
    PdfExporter::Options options;
    options.includeCharts = m_charts->isChecked();
    options.includeMetadata = m_metadata->isChecked();
    options.pageSize = PdfExporter::PageSize(m_pageSize->currentData().toInt());
    return options;
}

void ExportDialog::setOptions(const PdfExporter::Options &options)
{
    m_charts->setChecked(options.includeCharts);
    m_metadata->setChecked(options.includeMetadata);
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(options.pageSize)));
}

void ExportDialog::updateButtons()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!outputPath().isEmpty());
}

void ExportDialog::browse()
{
    const QString current = outputPath();
    const QString start = current.isEmpty() ? folder() : current;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    setOutputPath(path);
    m_confirmedPath = QFileInfo(path).absoluteFilePath();
    m_lastFolder = QFileInfo(path).absolutePath();
    if (m_useSettings)
        settings().setValue(FolderKey, m_lastFolder);
}

void ExportDialog::accept()
{
    QString path = QDir::fromNativeSeparators(outputPath());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("Export Sections to PDF"),
                             tr("The folder “%1” does not exist.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.isDir()) {
        QMessageBox::warning(
            this, tr("Export Sections to PDF"),
            tr("“%1” is a folder. Enter a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (info.exists() && info.absoluteFilePath() != m_confirmedPath &&
        QMessageBox::question(this, tr("Export Sections to PDF"),
                              tr("“%1” already exists. Replace it?")
                                  .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    setOutputPath(info.absoluteFilePath());
    m_lastFolder = info.absolutePath();
    if (m_useSettings) {
        QSettings s = settings();
        s.setValue(FolderKey, m_lastFolder);
        s.setValue(SubsectionsKey, m_subsections->isChecked());
        s.setValue(ChartsKey, m_charts->isChecked());
        s.setValue(MetadataKey, m_metadata->isChecked());
        s.setValue(PageSizeKey, PdfExporter::pageSizeName(options().pageSize));
    }
    QDialog::accept();
}
