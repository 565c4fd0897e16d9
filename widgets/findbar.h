#ifndef REPORTSCOPE_FINDBAR_H
#define REPORTSCOPE_FINDBAR_H

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

/**
 * The find row under the detail pane: a text box, previous and next buttons, a status and a
 * close button. It only reports what the user asks for; the pane does the searching.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    /** Shows a short result, e.g. "Not found"; empty clears it. */
    void setStatus(const QString &status);
    QString status() const;

public slots:
    /** Shows the bar, focuses the text box and selects its text. */
    void activate();

signals:
    void findNextRequested();
    void findPreviousRequested();
    /** The text was edited: find it from where the last match started. */
    void textEdited(const QString &text);
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_close;
};

#endif // REPORTSCOPE_FINDBAR_H
