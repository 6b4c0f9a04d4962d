#pragma once

#include <QStringList>

class QSettings;

// The "recent files" list of the File menu: newest first, no duplicates,
// at most maxCount entries, kept in the user's settings.
class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QSettings *settings);

    QStringList paths() const;
    // Puts `path` first (moving it there if it was already listed).
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);
    QSettings *m_settings;
};
