#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;

// Where dxplan-cli writes what a command makes (-o OUT of import,
// export-json, roadmap and kpi; the OUT of new). The one way every command
// writes:
//
// - "-" is standard output;
// - an existing character device or FIFO is opened and written to (a pipe,
//   a terminal, a null device): it is never replaced by a file;
// - an existing directory, block device, socket or anything else that is
//   not a regular file is refused;
// - anything else is a regular file, replaced atomically (QSaveFile): until
//   the last byte is written the old file, or no file, stays.
//
// What is made is finished before a byte reaches a stream, so a command that
// fails leaves no file and sends nothing. Write errors name the output; a
// full disk or an exhausted quota says so.
class CliOutput
{
public:
    // Writes what it makes into `device`; on failure returns false with
    // `error` saying why (it need not name the output).
    using Producer = std::function<bool(QIODevice *device, QString *error)>;
    // Makes a file at `path` (for makers that only write to named files);
    // on failure returns false with `error` saying why.
    using FileProducer = std::function<bool(const QString &path, QString *error)>;

    explicit CliOutput(const QString &name);

    // Refuses outputs that are not files, devices or FIFOs; call it before
    // doing the work, so a refused output costs nothing.
    bool check(QString *error) const;

    bool isStandardOutput() const { return m_name == QLatin1String("-"); }
    // The output as messages name it.
    QString displayName() const;

    bool write(const Producer &produce, QString *error) const;
    bool writeBytes(const QByteArray &bytes, QString *error) const;
    // `fileName` (e.g. "plan.dxplan") is the name the file gets in a private
    // folder: its extension may tell the maker the format.
    bool writeFile(const QString &fileName, const FileProducer &produce, QString *error) const;

    // "OUT: the disk is full" and the like, from the errno of a failed
    // write; otherwise "OUT: <systemMessage>".
    QString writeError(int error, const QString &systemMessage) const;

private:
    enum class Kind { StandardOutput, Stream, File, Refused };
    Kind kind(QString *refusal) const;
    bool writeToStream(const QString &stagedPath, QString *error) const;
    bool writeToStream(QIODevice *source, QString *error) const;
    bool copyToFile(const QString &stagedPath, QString *error) const;

    QString m_name;
};
