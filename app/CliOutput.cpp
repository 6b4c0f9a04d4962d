#include "app/CliOutput.h"

#include "app/CliSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 chunkSize = 64 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes all of `data` to `fd`; false with errno set when it could not.
bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

CliOutput::CliOutput(const QString &name)
    : m_name(name)
{
}

QString CliOutput::displayName() const
{
    return isStandardOutput() ? Cli::tr("standard output") : m_name;
}

CliOutput::Kind CliOutput::kind(QString *refusal) const
{
    if (isStandardOutput())
        return Kind::StandardOutput;
    struct stat info;
    // Follows symbolic links: a link to a FIFO is written like the FIFO. A
    // name that does not exist (or cannot be looked at) becomes a file, and
    // opening it says what is wrong.
    if (::stat(QFile::encodeName(m_name).constData(), &info) != 0)
        return Kind::File;
    if (S_ISREG(info.st_mode))
        return Kind::File;
    if (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))
        return Kind::Stream;
    const char *what = S_ISDIR(info.st_mode) ? QT_TRANSLATE_NOOP("Cli", "a folder")
        : S_ISBLK(info.st_mode)              ? QT_TRANSLATE_NOOP("Cli", "a block device")
        : S_ISSOCK(info.st_mode)             ? QT_TRANSLATE_NOOP("Cli", "a socket")
                                             : QT_TRANSLATE_NOOP("Cli", "not a regular file");
    *refusal = Cli::tr("%1: the output is %2; give a file name, a FIFO or - for standard output")
                   .arg(m_name, Cli::tr(what));
    return Kind::Refused;
}

bool CliOutput::check(QString *error) const
{
    const Kind target = kind(error);
    if (target == Kind::Refused)
        return false;
    if (target == Kind::File && !QFileInfo::exists(m_name)) {
        const QFileInfo folder(QFileInfo(m_name).absolutePath());
        if (!folder.isDir()) {
            *error = Cli::tr("%1: the folder %2 does not exist").arg(m_name, QDir::toNativeSeparators(folder.filePath()));
            return false;
        }
    }
    return true;
}

QString CliOutput::writeError(int error, const QString &systemMessage) const
{
    if (error == ENOSPC || systemMessage == systemError(ENOSPC))
        return Cli::tr("%1: the disk is full; free some space and try again").arg(displayName());
    if (error == EDQUOT || systemMessage == systemError(EDQUOT))
        return Cli::tr("%1: your disk quota is used up; free some space and try again").arg(displayName());
    return QStringLiteral("%1: %2").arg(displayName(), systemMessage.isEmpty() ? systemError(error) : systemMessage);
}

bool CliOutput::write(const Producer &produce, QString *error) const
{
    QString refusal;
    const Kind target = kind(&refusal);
    if (target == Kind::Refused) {
        *error = refusal;
        return false;
    }
    if (target == Kind::File) {
        QSaveFile file(m_name);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly)) {
            *error = writeError(errno, file.errorString());
            return false;
        }
        QString why;
        errno = 0;
        if (!produce(&file, &why)) {
            const int saved = errno;
            *error = file.error() == QFileDevice::WriteError ? writeError(saved, file.errorString())
                                                              : QStringLiteral("%1: %2").arg(displayName(), why);
            file.cancelWriting();
            return false;
        }
        // Replaced by something else while the output was being made?
        if (kind(&refusal) != Kind::File) {
            file.cancelWriting();
            *error = refusal.isEmpty() ? Cli::tr("%1: the output changed while it was being written").arg(m_name)
                                       : refusal;
            return false;
        }
        errno = 0;
        if (!file.commit()) {
            *error = writeError(errno, file.errorString());
            return false;
        }
        return true;
    }

    // A stream gets the output only once it is complete: made in a private
    // folder first.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = Cli::tr("no temporary folder is available: %1").arg(folder.errorString());
        return false;
    }
    const QString staged = folder.filePath(QStringLiteral("output"));
    {
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = Cli::tr("the output cannot be prepared in the temporary folder: %1").arg(file.errorString());
            return false;
        }
        QString why;
        errno = 0;
        const bool made = produce(&file, &why);
        const int saved = errno;
        const bool flushed = made && file.flush();
        if (file.error() == QFileDevice::WriteError || (made && !flushed)) {
            *error = Cli::tr("the output cannot be prepared in the temporary folder: %1")
                         .arg(writeError(saved, file.errorString()));
            return false;
        }
        if (!made) {
            *error = QStringLiteral("%1: %2").arg(displayName(), why);
            return false;
        }
    }
    return writeToStream(staged, error);
}

bool CliOutput::writeBytes(const QByteArray &bytes, QString *error) const
{
    QString refusal;
    const Kind target = kind(&refusal);
    if (target == Kind::Refused) {
        *error = refusal;
        return false;
    }
    if (target != Kind::File) {
        // Already complete: sent as it is.
        QBuffer source;
        source.setData(bytes);
        source.open(QIODevice::ReadOnly);
        return writeToStream(&source, error);
    }
    return write(
        [&bytes](QIODevice *device, QString *why) {
            if (device->write(bytes) != bytes.size()) {
                *why = device->errorString();
                return false;
            }
            return true;
        },
        error);
}

bool CliOutput::writeFile(const QString &fileName, const FileProducer &produce, QString *error) const
{
    QString refusal;
    const Kind target = kind(&refusal);
    if (target == Kind::Refused) {
        *error = refusal;
        return false;
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = Cli::tr("no temporary folder is available: %1").arg(folder.errorString());
        return false;
    }
    const QString staged = folder.filePath(fileName);
    QString why;
    if (!produce(staged, &why)) {
        // The maker names the file it was given; the user knows the output.
        why.replace(staged, displayName());
        if (why.startsWith(displayName() + QLatin1String(": ")))
            why.remove(0, displayName().size() + 2);
        *error = QStringLiteral("%1: %2").arg(displayName(), why);
        return false;
    }
    return target == Kind::File ? copyToFile(staged, error) : writeToStream(staged, error);
}

bool CliOutput::copyToFile(const QString &stagedPath, QString *error) const
{
    QFile source(stagedPath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("the output made in the temporary folder cannot be read: %1").arg(source.errorString());
        return false;
    }
    return write(
        [&source](QIODevice *device, QString *why) {
            QByteArray chunk;
            while (!(chunk = source.read(chunkSize)).isEmpty()) {
                if (device->write(chunk) != chunk.size()) {
                    *why = device->errorString();
                    return false;
                }
            }
            if (source.error() != QFileDevice::NoError) {
                *why = source.errorString();
                return false;
            }
            return true;
        },
        error);
}

bool CliOutput::writeToStream(const QString &stagedPath, QString *error) const
{
    QFile source(stagedPath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("the output made in the temporary folder cannot be read: %1").arg(source.errorString());
        return false;
    }
    return writeToStream(&source, error);
}

bool CliOutput::writeToStream(QIODevice *source, QString *error) const
{
    int fd = STDOUT_FILENO;
    if (isStandardOutput()) {
        CliSupport::out().flush();
        std::fflush(stdout);
    } else {
        // No O_CREAT: if the FIFO or device went away, nothing is made in
        // its place. A FIFO waits here for its reader, as with any writer.
        do
            fd = ::open(QFile::encodeName(m_name).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            *error = writeError(errno, QString());
            return false;
        }
        struct stat info;
        if (::fstat(fd, &info) != 0 || !(S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode))) {
            ::close(fd);
            *error = Cli::tr("%1: the output changed while it was being written").arg(m_name);
            return false;
        }
    }
    bool ok = true;
    int failure = 0;
    QByteArray chunk;
    while (ok && !(chunk = source->read(chunkSize)).isEmpty()) {
        if (!writeAll(fd, chunk.constData(), chunk.size())) {
            ok = false;
            failure = errno;
        }
    }
    auto *file = qobject_cast<QFileDevice *>(source);
    if (ok && file && file->error() != QFileDevice::NoError) {
        if (fd != STDOUT_FILENO)
            ::close(fd);
        *error = Cli::tr("the output made in the temporary folder cannot be read: %1").arg(file->errorString());
        return false;
    }
    if (fd != STDOUT_FILENO && ::close(fd) != 0 && ok) {
        ok = false;
        failure = errno;
    }
    if (!ok)
        *error = writeError(failure, QString());
    return ok;
}
