#pragma once

#include "models/Plan.h"
#include "models/WorkingCopy.h"
#include "tests/support/TestSupport.h"
#include "views/window/Prompter.h"

#include <QDir>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Answers the window's questions without a dialog and records them.
class FakePrompter : public Prompter
{
public:
    QStringList errors;
    QStringList questions;
    QStringList saveQuestions;
    QStringList choices; // the text of each choose() question
    QStringList choiceAnswers; // the answers offered by the last one
    bool answerYes = false;
    int choiceAnswer = -1; // the index to answer choose() with; -1 cancels
    SaveAnswer saveAnswer = SaveAnswer::Discard;
    QString fileToOpen;
    QString fileToSave;

    void error(QWidget *, const QString &title, const QString &text) override { errors << title + QLatin1Char('|') + text; }
    void information(QWidget *, const QString &, const QString &) override { }
    bool question(QWidget *, const QString &, const QString &text) override
    {
        questions << text;
        return answerYes;
    }
    SaveAnswer askToSave(QWidget *, const QString &text) override
    {
        saveQuestions << text;
        return saveAnswer;
    }
    int choose(QWidget *, const QString &, const QString &text, const QStringList &answers, int,
               int cancelAnswer) override
    {
        choices << text;
        choiceAnswers = answers;
        return choiceAnswer < 0 ? cancelAnswer : choiceAnswer;
    }
    QString openFileName(QWidget *, const QString &) override { return fileToOpen; }
    QString saveFileName(QWidget *, const QString &, const QString &) override { return fileToSave; }
};

// Fresh settings and an empty working-copy folder for every test.
class GuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        for (const WorkingCopy::Info &info : WorkingCopy::leftBehind())
            WorkingCopy::discard(info.id);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};
