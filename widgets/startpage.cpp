#include "widgets/startpage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_addFolderButton(new QPushButton(this))
    , m_sampleButton(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recentList(new QListWidget(this))
    , m_noRecent(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_openButton->setObjectName(QStringLiteral("startOpenButton"));
    m_addFolderButton->setObjectName(QStringLiteral("startAddFolderButton"));
    m_sampleButton->setObjectName(QStringLiteral("startSampleButton"));
    m_recentList->setObjectName(QStringLiteral("startRecentList"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    QFont sub = m_recentTitle->font();
    sub.setBold(true);
    m_recentTitle->setFont(sub);
    m_recentTitle->setBuddy(m_recentList);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    m_addFolderButton->hide();
    m_recentList->setFrameShape(QFrame::NoFrame);
    m_recentList->setMaximumHeight(m_recentList->fontMetrics().height() * 14);

    connect(m_openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_addFolderButton, &QPushButton::clicked, this, &StartPage::addFolderRequested);
    connect(m_sampleButton, &QPushButton::clicked, this, &StartPage::sampleRequested);
    // Enter and a double click open the file: the list is worked from the keyboard.
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_addFolderButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();

    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentTitle);
    recent->addWidget(m_recentList);
    recent->addWidget(m_noRecent);
    recent->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons);
    columns->addSpacing(32);
    columns->addLayout(recent, 1);

    // The application's icon beside its name, sharp at any scale.
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/reportscope/icons/reportscope-128.png"))
                        .pixmap(QSize(56, 56), devicePixelRatioF()));
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon);
    heading->addSpacing(8);
    heading->addWidget(m_title, 1);

    auto *column = new QVBoxLayout;
    column->addLayout(heading);
    column->addWidget(m_intro);
    column->addSpacing(16);
    column->addLayout(columns);
    column->addStretch();

    // A readable measure in the middle of a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 48, 32, 32);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    setTabOrder(m_openButton, m_addFolderButton);
    setTabOrder(m_addFolderButton, m_sampleButton);
    setTabOrder(m_sampleButton, m_recentList);
    retranslate();
    fillRecentList();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recentFiles = paths;
    fillRecentList();
}

void StartPage::setLibraryAvailable(bool available)
{
    m_libraryAvailable = available;
    m_addFolderButton->setVisible(available);
}

void StartPage::fillRecentList()
{
    m_recentList->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        const QFileInfo info(path);
        //: Start page, recent file: 1 file name, 2 folder
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            // Still listed, so the user sees which report went missing; opening it says why.
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("%1 (not found)").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (m_recentList->count() > 0)
        m_recentList->setCurrentRow(0);
    m_recentList->setVisible(!m_recentFiles.isEmpty());
    m_noRecent->setVisible(m_recentFiles.isEmpty());
}

void StartPage::retranslate()
{
    m_title->setText(tr("ReportScope"));
    m_intro->setText(tr("Read a government report by its sections, see every figure it states "
                        "with its sentence, and check the figures against each other."));
    m_openButton->setText(tr("&Open a Report…"));
    m_openButton->setToolTip(tr("Plain text, PDF, web pages and Word documents"));
    m_addFolderButton->setText(tr("Add a &Folder to the Library…"));
    m_sampleButton->setText(tr("Open the &Sample Report"));
    m_recentTitle->setText(tr("&Recent files"));
    m_noRecent->setText(tr("No recent files"));
    m_recentList->setAccessibleName(tr("Recent files"));
    m_recentList->setAccessibleDescription(tr("Press Enter to open the selected file"));
    setAccessibleName(tr("Start page"));
    fillRecentList();
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
