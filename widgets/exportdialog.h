#ifndef REPORTSCOPE_EXPORTDIALOG_H
#define REPORTSCOPE_EXPORTDIALOG_H

#include "export/pdfexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * Asks where and how to export sections to PDF: the output file (Browse… starts in the
 * folder used last), whether to include subsections, charts and the metadata header, and
 * the page size. It only asks: the caller runs the PdfExporter.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** With useSettings, the last folder and the options are read from and written to
     *  QSettings; off for tests. */
    explicit ExportDialog(bool useSettings = true, QWidget *parent = nullptr);

    /** What will be exported, e.g. "3 checked sections of …", shown at the top. */
    void setSummary(const QString &summary);
    /** A file name (without folder) to propose in the remembered folder. */
    void setSuggestedFileName(const QString &fileName);

    QString outputPath() const;
    void setOutputPath(const QString &path);
    bool includeSubsections() const;
    void setIncludeSubsections(bool on);
    PdfExporter::Options options() const;
    void setOptions(const PdfExporter::Options &options);

    QLineEdit *pathEdit() const { return m_pathEdit; }
    QPushButton *browseButton() const { return m_browseButton; }

public slots:
    void browse();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    QString folder() const;

    bool m_useSettings;
    QString m_summaryText;
    QLabel *m_summary;
    QLabel *m_sourceNote;
    QLabel *m_pathLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QCheckBox *m_subsections;
    QCheckBox *m_charts;
    QCheckBox *m_metadata;
    QLabel *m_pageSizeLabel;
    QComboBox *m_pageSize;
    QDialogButtonBox *m_buttons;
    QString m_lastFolder;
    QString m_confirmedPath; ///< chosen in the file dialog, which asked about replacing it
};

#endif // REPORTSCOPE_EXPORTDIALOG_H
