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
    bool answerYes = false;
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
        for (const WorkingCopy::Info &info : WorkingCopy::recoverable())
            WorkingCopy::discard(info.id);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};
