#pragma once

#include <QDialog>

class QTextBrowser;

// Help > User Manual: the manual compiled into the program, in the
// language of the user interface, readable without a network or a browser.
class ManualWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ManualWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // The resource of the manual in `language` ("ja", else English).
    static QString source(const QString &language);

private:
    QTextBrowser *m_browser;
};
