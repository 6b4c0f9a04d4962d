#include "models/ArchiveView.h"

#include <KArchiveDirectory>

int countArchiveFiles(const KArchiveDirectory *dir)
{
    int count = 0;
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (entry && entry->isDirectory())
            count += countArchiveFiles(static_cast<const KArchiveDirectory *>(entry));
        else
            ++count;
    }
    return count;
}
