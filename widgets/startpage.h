#ifndef REPORTSCOPE_STARTPAGE_H
#define REPORTSCOPE_STARTPAGE_H

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

/**
 * What the window shows while no report is open: open a report, add a folder to the library
 * (hidden until a library exists: setLibraryAvailable()), open the bundled sample, and the
 * recent files. It only asks; the window does the work through the signals.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QStringList recentFiles() const { return m_recentFiles; }
    /** Shows "Add a Folder to the Library…"; off until the library is built in. */
    void setLibraryAvailable(bool available);
    bool isLibraryAvailable() const { return m_libraryAvailable; }

    QPushButton *openButton() const { return m_openButton; }
    QPushButton *addFolderButton() const { return m_addFolderButton; }
    QPushButton *sampleButton() const { return m_sampleButton; }
    QListWidget *recentList() const { return m_recentList; }

signals:
    void openRequested();
    void addFolderRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillRecentList();

    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_openButton;
    QPushButton *m_addFolderButton;
    QPushButton *m_sampleButton;
    QLabel *m_recentTitle;
    QListWidget *m_recentList;
    QLabel *m_noRecent;
    QStringList m_recentFiles;
    bool m_libraryAvailable = false;
};

#endif // REPORTSCOPE_STARTPAGE_H
