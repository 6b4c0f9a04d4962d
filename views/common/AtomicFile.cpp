#include "views/common/AtomicFile.h"

#include <QSaveFile>

bool writeAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    error->clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!write(&file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
