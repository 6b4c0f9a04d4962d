#pragma once

#include "models/Plan.h"
#include "models/WorkingCopy.h"
#include "tests/support/TestSupport.h"
#include "views/window/Prompter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

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

// Wraps models in QAbstractItemModelTester for the life of a test and
// collects what they find, so that a broken model fails the test instead
// of aborting the whole run.
class ModelTesters
{
public:
    ModelTesters()
    {
        failures().clear();
        previous() = qInstallMessageHandler(record);
    }
    ~ModelTesters()
    {
        m_testers.clear();
        qInstallMessageHandler(previous());
    }
    void watch(QAbstractItemModel *model)
    {
        m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }
    static QStringList &failures()
    {
        static QStringList found;
        return found;
    }

private:
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && message.contains(QLatin1String("FAIL!")))
            failures() << message;
        else if (previous())
            previous()(type, context, message);
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};
