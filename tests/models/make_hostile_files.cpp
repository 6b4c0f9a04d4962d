// Writes the crafted archive- and manifest-level .dxplan files of
// tests/data/hostile/, each with a <name>.expect holding a fragment of the
// message DX Plan Studio must refuse it with. HostileGoldenTest reads every
// file in that folder; the files are committed, this program is how they
// were made (tests/data/hostile/README.md).
//
//   dxplan_make_hostile_files OUT-DIR
//
// Only the files named here are written; others in OUT-DIR are left alone.
#include "models/Plan.h"
#include "models/WorkingCopy.h"
#include "ZipBuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstdio>
#include <functional>

namespace {

QByteArray databaseFor(const QString &title, QString *error)
{
    Plan plan;
    plan.info.title = title;
    plan.info.organisation = QStringLiteral("Crafted town");
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(plan, QString(), error);
    if (!copy)
        return {};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.sqlite"));
    if (!copy->snapshot(path, error))
        return {};
    copy->remove();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

QByteArray u16(quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    return QByteArray(b, 2);
}

// Everything needed to make one honest plan file and then bend it.
struct Crafter
{
    QByteArray database;

    ZipBuilder::Entry db() const
    {
        ZipBuilder::Entry e;
        e.name = QStringLiteral("plan.sqlite");
        e.data = database;
        e.deflate = true;
        return e;
    }
    static ZipBuilder::Entry entry(const QString &name, const QByteArray &data, bool deflate)
    {
        ZipBuilder::Entry e;
        e.name = name;
        e.data = data;
        e.deflate = deflate;
        return e;
    }
    static ZipBuilder::Entry mimetype() { return entry(QStringLiteral("mimetype"), "application/vnd.dxplan+zip", false); }
    static ZipBuilder::Entry manifest(const QByteArray &json) { return entry(QStringLiteral("manifest.json"), json, true); }

    // An honest plan file, whose entries `bend` may change first.
    QByteArray plan(const std::function<void(QList<ZipBuilder::Entry> &)> &bend = {}) const
    {
        QList<ZipBuilder::Entry> entries { mimetype(), manifest(ZipBuilder::manifestFor({ db() })), db() };
        if (bend)
            bend(entries);
        ZipBuilder zip;
        for (const ZipBuilder::Entry &e : entries)
            zip.add(e);
        return zip.build();
    }

    // A plan file with the manifest given as text: %SIZE% and %SHA% stand
    // for the database's true size and SHA-256, %SHA_UPPER% for the hash in
    // upper case, %SHA63% for its first 63 digits.
    QByteArray withManifest(QByteArray json) const
    {
        const QByteArray hash = QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex();
        json.replace("%SIZE%", QByteArray::number(database.size()));
        json.replace("%SHA_UPPER%", hash.toUpper());
        json.replace("%SHA63%", hash.left(63));
        json.replace("%SHA%", hash);
        return plan([&](QList<ZipBuilder::Entry> &entries) { entries[1].data = json; });
    }
};

QByteArray manifestText(const QByteArray &majorMinor, const QByteArray &entries)
{
    return "{\n  \"format\": \"application/vnd.dxplan+zip\",\n  " + majorMinor
        + ",\n  \"application\": \"DX Plan Studio\",\n  \"applicationVersion\": \"test\",\n"
          "  \"savedAt\": \"2026-01-01T00:00:00Z\",\n  \"entries\": "
        + entries + "\n}\n";
}

const QByteArray honestVersions = "\"formatMajor\": 1, \"formatMinor\": 0";
const QByteArray honestEntries = "[ { \"name\": \"plan.sqlite\", \"size\": %SIZE%, \"sha256\": \"%SHA%\" } ]";

QByteArray versions(const QByteArray &major, const QByteArray &minor)
{
    return "\"formatMajor\": " + major + ", \"formatMinor\": " + minor;
}

QByteArray entryWith(const QByteArray &name, const QByteArray &size, const QByteArray &sha)
{
    return "[ { \"name\": " + name + ", \"size\": " + size + ", \"sha256\": " + sha + " } ]";
}

QByteArray zip64Extra()
{
    return u16(0x0001) + u16(16) + QByteArray(16, '\0');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: dxplan_make_hostile_files OUT-DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    QString error;
    Crafter c { databaseFor(QStringLiteral("Crafted plan"), &error) };
    const QByteArray otherDatabase = databaseFor(QStringLiteral("Another plan"), &error);
    if (c.database.isEmpty() || otherDatabase.isEmpty()) {
        fprintf(stderr, "no plan database: %s\n", qPrintable(error));
        return 1;
    }

    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *expect;
    };
    QList<Case> cases;
    using Entries = QList<ZipBuilder::Entry>;

    // --- One end record, one central directory ---
    {
        // Plan A for readers that scan from the start (as KArchive does),
        // plan B for readers that start from the end (as unzip does).
        Crafter other { otherDatabase };
        Entries all { Crafter::mimetype(), Crafter::manifest(ZipBuilder::manifestFor({ c.db() })), c.db(),
                      Crafter::manifest(ZipBuilder::manifestFor({ other.db() })), other.db() };
        ZipBuilder a;
        ZipBuilder b;
        for (int i = 0; i < all.size(); ++i) {
            ZipBuilder::Entry e = all[i];
            e.listed = i < 3;
            a.add(e);
            e.listed = i == 0 || i >= 3;
            b.add(e);
        }
        const ZipBuilder::Parts pa = a.parts();
        const ZipBuilder::Parts pb = b.parts();
        const QByteArray endA = ZipBuilder::endRecord(pa.count, pa.directory.size(), pa.directoryOffset);
        const quint32 bOffset = quint32(pa.entries.size() + pa.directory.size() + endA.size());
        cases << Case { "two-end-records-two-plans",
                        pa.entries + pa.directory + endA + pb.directory
                            + ZipBuilder::endRecord(pb.count, pb.directory.size(), bOffset),
                        "more than one end record" };
        const quint32 bOffsetNoEnd = quint32(pa.entries.size() + pa.directory.size());
        cases << Case { "two-central-directories-two-plans",
                        pa.entries + pa.directory + pb.directory
                            + ZipBuilder::endRecord(pb.count, pb.directory.size(), bOffsetNoEnd),
                        "entry its directory does not list" };
    }
    {
        // The same entries listed by two directories one after the other.
        ZipBuilder zip;
        for (const ZipBuilder::Entry &e : Entries { Crafter::mimetype(), Crafter::manifest(ZipBuilder::manifestFor({ c.db() })), c.db() })
            zip.add(e);
        const ZipBuilder::Parts p = zip.parts();
        const quint32 second = quint32(p.entries.size() + p.directory.size());
        cases << Case { "two-central-directories",
                        p.entries + p.directory + p.directory
                            + ZipBuilder::endRecord(p.count, p.directory.size(), second),
                        "more than one central directory" };
        cases << Case { "two-central-directories-in-one-record",
                        p.entries + p.directory + p.directory
                            + ZipBuilder::endRecord(p.count, 2 * p.directory.size(), p.directoryOffset),
                        "more than one central directory" };
        cases << Case { "second-directory-after-the-first",
                        p.entries + p.directory + p.directory
                            + ZipBuilder::endRecord(p.count, p.directory.size(), p.directoryOffset),
                        "more than one central directory" };
    }
    {
        ZipBuilder zip;
        for (const ZipBuilder::Entry &e : Entries { Crafter::mimetype(), Crafter::manifest(ZipBuilder::manifestFor({ c.db() })), c.db() })
            zip.add(e);
        const ZipBuilder::Parts p = zip.parts();
        const QByteArray end = ZipBuilder::endRecord(p.count, p.directory.size(), p.directoryOffset);
        zip.setComment(end);
        cases << Case { "end-record-in-comment", zip.build(), "more than one end record" };
        zip.setComment("Made with DX Plan Studio");
        cases << Case { "archive-comment", zip.build(), "has a comment" };
        QByteArray multiPart = p.entries + p.directory + end;
        multiPart[multiPart.size() - 22 + 4] = 1; // number of this disk
        cases << Case { "multi-part", multiPart, "multi-part" };
        QByteArray zip64 = p.entries + p.directory + ZipBuilder::endRecord(0xffff, p.directory.size(), p.directoryOffset);
        cases << Case { "zip64-end-record", zip64, "ZIP64" };
        QByteArray locator = u16(0x4b50) + u16(0x0706) + QByteArray(16, '\0');
        cases << Case { "zip64-locator",
                        p.entries + p.directory + locator
                            + ZipBuilder::endRecord(p.count, p.directory.size() + locator.size(), p.directoryOffset),
                        "ZIP64" };
        cases << Case { "truncated-half", c.plan().left(c.plan().size() / 2), "damaged or was not copied completely" };
        cases << Case { "directory-runs-into-end-record",
                        p.entries + p.directory + ZipBuilder::endRecord(p.count, p.directory.size() + 8, p.directoryOffset),
                        "truncated" };
    }

    // --- Nothing before, between or after the entries ---
    {
        const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
        for (bool shift : { true, false }) {
            ZipBuilder zip;
            for (const ZipBuilder::Entry &e : Entries { Crafter::mimetype(), Crafter::manifest(ZipBuilder::manifestFor({ c.db() })), c.db() })
                zip.add(e);
            zip.setPrefix(pdf, shift);
            cases << Case { shift ? "prepended-pdf-offsets-shifted" : "prepended-pdf-offsets-unshifted", zip.build(),
                            "data before the archive's first entry" };
        }
    }
    cases << Case { "gap-between-entries",
                    c.plan([](Entries &e) { e[1].after = "hidden bytes between the manifest and the database"; }),
                    "belong to none of its entries" };
    cases << Case { "gap-before-directory",
                    c.plan([](Entries &e) { e[2].after = QByteArray(100, 'x'); }),
                    "belong to none of its entries" };
    cases << Case { "unlisted-local-entry",
                    c.plan([](Entries &e) {
                        ZipBuilder::Entry hidden = Crafter::entry(QStringLiteral("hidden.txt"), "only a forward scan sees this", false);
                        hidden.listed = false;
                        e.insert(2, hidden);
                    }),
                    "entry its directory does not list" };
    cases << Case { "unlisted-local-entry-at-end",
                    c.plan([](Entries &e) {
                        ZipBuilder::Entry hidden = Crafter::entry(QStringLiteral("plan.sqlite"), "a second database", false);
                        hidden.listed = false;
                        e.append(hidden);
                    }),
                    "entry its directory does not list" };
    cases << Case { "overlapping-entries",
                    c.plan([](Entries &e) { e[2].declaredOffset = 0; }),
                    "overlap" };

    // --- Local headers agree with the directory ---
    cases << Case { "local-name-differs",
                    c.plan([](Entries &e) { e[2].localName = "other.sqlite"; }),
                    "disagrees with the directory about its name" };
    cases << Case { "local-size-differs",
                    c.plan([&](Entries &e) { e[2].localSize = c.database.size() + 1; }),
                    "disagrees with the directory about its size" };
    cases << Case { "local-compressed-size-differs",
                    c.plan([](Entries &e) { e[2].localCompressedSize = 10; }),
                    "disagrees with the directory about its size" };
    cases << Case { "local-method-differs",
                    c.plan([](Entries &e) { e[1].localMethod = 0; }),
                    "disagrees with the directory about its compression method" };
    cases << Case { "local-flags-differ",
                    c.plan([](Entries &e) { e[2].localFlags = 0; }),
                    "disagrees with the directory about its flags" };
    cases << Case { "local-crc-differs",
                    c.plan([](Entries &e) { e[2].localCrc = 0x12345678; }),
                    "disagrees with the directory about its checksum" };
    cases << Case { "crc-wrong-in-both-headers",
                    c.plan([](Entries &e) { e[2].declaredCrc = 0x12345678; }),
                    "CRC-32" };
    cases << Case { "stored-entry-with-two-sizes",
                    c.plan([](Entries &e) { e[0].declaredSize = 27; }),
                    "two different sizes" };

    // --- No ZIP64, no encryption, only stored and deflate ---
    cases << Case { "zip64-extra-central", c.plan([](Entries &e) { e[2].centralExtra = zip64Extra(); }), "ZIP64" };
    cases << Case { "zip64-extra-local", c.plan([](Entries &e) { e[2].localExtra = zip64Extra(); }), "ZIP64" };
    cases << Case { "zip64-sizes", c.plan([](Entries &e) { e[2].declaredSize = 0xffffffffLL; }), "ZIP64" };
    cases << Case { "damaged-extra-field", c.plan([](Entries &e) { e[2].centralExtra = "UT\x05"; }), "damaged extra field" };
    cases << Case { "entry-comment", c.plan([](Entries &e) { e[2].centralComment = "hello"; }), "has a comment" };
    cases << Case { "encrypted", c.plan([](Entries &e) { e[2].flags |= 0x0001; }), "encrypted" };
    cases << Case { "strong-encryption", c.plan([](Entries &e) { e[2].flags |= 0x0040; }), "encrypted" };
    cases << Case { "unknown-flag", c.plan([](Entries &e) { e[2].flags |= 0x0010; }), "does not read" };
    cases << Case { "method-12-bzip2", c.plan([](Entries &e) { e[2].method = 12; }), "method 12" };
    cases << Case { "method-14-lzma", c.plan([](Entries &e) { e[2].method = 14; }), "method 14" };
    cases << Case { "method-93-zstd", c.plan([](Entries &e) { e[2].method = 93; }), "method 93" };
    cases << Case { "folder-entry",
                    c.plan([](Entries &e) { e.append(Crafter::entry(QStringLiteral("docs/"), QByteArray(), false)); }),
                    "not a plain file name" };

    cases << Case { "data-descriptor-disagrees",
                    c.plan([](Entries &e) {
                        e[2].flags |= 0x0008;
                        e[2].after = QByteArray(12, '\0');
                    }),
                    "data descriptor" };
    cases << Case { "corrupt-deflate-stream",
                    c.plan([](Entries &e) {
                        e[2].compressed = QByteArray("\xff\xfe not a deflate stream at all ").repeated(40);
                    }),
                    "damaged" };
    cases << Case { "newline-in-a-name",
                    c.plan([](Entries &e) {
                        ZipBuilder::Entry odd = Crafter::entry(QStringLiteral("notes\n.txt"), "x", false);
                        odd.flags |= 0x0001;
                        e.append(odd);
                    }),
                    "the entry \"notes?.txt\" is encrypted" };

    // --- Names and the entries a plan file holds ---
    const QByteArray sha = "\"%SHA%\"";
    const auto withExtra = [&](const QString &name, bool listInManifest, bool symlink = false) {
        return c.plan([&](Entries &e) {
            ZipBuilder::Entry extra = Crafter::entry(name, "extra", false);
            extra.symlink = symlink;
            if (listInManifest)
                e[1].data = ZipBuilder::manifestFor({ c.db(), extra });
            e.append(extra);
        });
    };
    cases << Case { "name-climbs-out", withExtra(QStringLiteral("../evil.txt"), true), "climbs out" };
    cases << Case { "name-absolute", withExtra(QStringLiteral("/tmp/evil.txt"), true), "absolute path" };
    cases << Case { "name-backslash", withExtra(QStringLiteral("..\\evil.txt"), true), "backslash" };
    cases << Case { "name-drive-letter", withExtra(QStringLiteral("C:evil.txt"), true), "drive letter" };
    cases << Case { "name-dot-segment", withExtra(QStringLiteral("./plan.sqlite"), true), "not a plain file name" };
    cases << Case { "symlink-entry", withExtra(QStringLiteral("link"), true, true), "symbolic link" };
    cases << Case { "duplicate-names", withExtra(QStringLiteral("plan.sqlite"), false), "appears twice" };
    cases << Case { "duplicate-names-by-case", withExtra(QStringLiteral("Plan.SQLite"), true), "letter case" };
    cases << Case { "entry-not-in-manifest", withExtra(QStringLiteral("notes.txt"), false), "not listed in the manifest" };
    cases << Case { "too-many-entries",
                    c.plan([](Entries &e) {
                        for (int i = 0; i < 70; ++i)
                            e.append(Crafter::entry(QStringLiteral("e%1").arg(i), "x", false));
                    }),
                    "entries; a plan file has only a few" };
    cases << Case { "mimetype-not-first", c.plan([](Entries &e) { e.move(0, 2); }), "no uncompressed \"mimetype\" entry first" };
    cases << Case { "mimetype-compressed", c.plan([](Entries &e) { e[0].deflate = true; }), "no uncompressed \"mimetype\" entry first" };
    cases << Case { "mimetype-wrong", c.plan([](Entries &e) { e[0].data = "application/zip"; }), "mimetype \"application/zip\"" };
    cases << Case { "manifest-missing", c.plan([](Entries &e) { e.removeAt(1); }), "\"manifest.json\" is missing" };
    cases << Case { "not-a-zip", QByteArray("This is a spreadsheet, honestly.\n").repeated(40), "not a plan file" };
    cases << Case { "empty-file", QByteArray(), "too short" };
    cases << Case { "listed-but-missing",
                    c.plan([&](Entries &e) {
                        e[1].data = ZipBuilder::manifestFor({ c.db(), Crafter::entry(QStringLiteral("notes.txt"), "x", false) });
                    }),
                    "which the archive lacks" };
    cases << Case { "no-database-listed",
                    c.plan([](Entries &e) {
                        e[2].name = QStringLiteral("data.sqlite");
                        e[1].data = ZipBuilder::manifestFor({ e[2] });
                    }),
                    "holds no plan database" };
    cases << Case { "checksum-differs",
                    c.plan([&](Entries &e) {
                        ZipBuilder::Entry other = c.db();
                        other.data[other.data.size() / 2] = char(other.data[other.data.size() / 2] ^ 0x55);
                        e[1].data = ZipBuilder::manifestFor({ other });
                    }),
                    "does not match its checksum in the manifest" };
    cases << Case { "manifest-size-differs",
                    c.withManifest(manifestText(honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%1", sha))),
                    "does not have the size the manifest gives" };
    cases << Case { "newer-major-version", c.withManifest(manifestText(versions("2", "0"), honestEntries)), "newer DX Plan Studio" };
    cases << Case { "major-version-zero", c.withManifest(manifestText(versions("0", "9"), honestEntries)), "invalid format version" };

    // --- Sizes counted as they are read ---
    cases << Case { "zip-bomb",
                    c.plan([](Entries &e) {
                        e[2].data = QByteArray();
                        e[2].compressed = ZipBuilder::deflatedZeros(qint64(1) << 20);
                        e[2].declaredSize = 4096;
                        e[1].data = ZipBuilder::manifestFor({ e[2] });
                    }),
                    "ZIP bomb" };
    cases << Case { "manifest-larger-than-allowed",
                    c.plan([](Entries &e) { e[1].declaredSize = 2 << 20; }),
                    "larger than a plan file allows" };

    // --- The manifest, strictly typed ---
    const struct
    {
        const char *name;
        QByteArray versions;
        QByteArray entries;
        const char *expect;
    } manifests[] = {
        { "format-minor-fractional", versions("1", "1.5"), honestEntries, "\"formatMinor\" is not a whole number" },
        { "format-minor-huge", versions("1", "1e30"), honestEntries, "\"formatMinor\" is not a whole number" },
        { "format-minor-negative", versions("1", "-1"), honestEntries, "\"formatMinor\" is not a whole number" },
        { "format-minor-over-32-bits", versions("1", "2147483648"), honestEntries, "\"formatMinor\" is not a whole number" },
        { "format-minor-null", versions("1", "null"), honestEntries, "\"formatMinor\" is not a whole number" },
        { "format-major-string", versions("\"1\"", "0"), honestEntries, "\"formatMajor\" is not a whole number" },
        { "format-major-fractional", versions("1.25", "0"), honestEntries, "\"formatMajor\" is not a whole number" },
        { "format-major-boolean", versions("true", "0"), honestEntries, "\"formatMajor\" is not a whole number" },
        { "sha256-uppercase", honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%", "\"%SHA_UPPER%\""), "64 lower-case hexadecimal digits" },
        { "sha256-63-digits", honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%", "\"%SHA63%\""), "64 lower-case hexadecimal digits" },
        { "sha256-65-digits", honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%", "\"%SHA%0\""), "64 lower-case hexadecimal digits" },
        { "sha256-number", honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%", "12345"), "64 lower-case hexadecimal digits" },
        { "entry-size-fractional", honestVersions, entryWith("\"plan.sqlite\"", "%SIZE%.5", sha), "a size that is not a whole number" },
        { "entry-size-negative", honestVersions, entryWith("\"plan.sqlite\"", "-1", sha), "a size that is not a whole number" },
        { "entry-size-over-limit", honestVersions, entryWith("\"plan.sqlite\"", "536870913", sha), "a size that is not a whole number" },
        { "entry-size-string", honestVersions, entryWith("\"plan.sqlite\"", "\"%SIZE%\"", sha), "a size that is not a whole number" },
        { "entry-name-number", honestVersions, entryWith("7", "%SIZE%", sha), "without a name" },
        { "entries-not-a-list", honestVersions, "{ \"plan.sqlite\": %SIZE% }", "no list of entries" },
        { "entry-listed-twice", honestVersions,
          "[ { \"name\": \"plan.sqlite\", \"size\": %SIZE%, \"sha256\": \"%SHA%\" },"
          " { \"name\": \"plan.sqlite\", \"size\": %SIZE%, \"sha256\": \"%SHA%\" } ]",
          "lists \"plan.sqlite\" twice" },
        { "duplicate-key-format-major", "\"formatMajor\": 2, \"formatMajor\": 1, \"formatMinor\": 0", honestEntries,
          "the key \"formatMajor\" twice" },
        { "duplicate-key-escaped", "\"formatMinor\": 3, \"formatMajor\": 1, \"format\\u004dinor\": 0", honestEntries,
          "the key \"formatMinor\" twice" },
        { "duplicate-key-in-entry", honestVersions,
          "[ { \"name\": \"plan.sqlite\", \"size\": %SIZE%, \"sha256\": \"%SHA%\", \"size\": 1 } ]",
          "the key \"size\" twice" },
    };
    for (const auto &m : manifests)
        cases << Case { m.name, c.withManifest(manifestText(m.versions, m.entries)), m.expect };
    cases << Case { "application-version-number",
                    c.withManifest(manifestText(honestVersions, honestEntries).replace("\"applicationVersion\": \"test\"", "\"applicationVersion\": 3")),
                    "\"applicationVersion\" is not text" };
    cases << Case { "manifest-not-an-object", c.withManifest("[ \"application/vnd.dxplan+zip\", 1, 0 ]"), "not valid JSON" };
    cases << Case { "manifest-format-number",
                    c.withManifest(manifestText(honestVersions, honestEntries).replace("\"application/vnd.dxplan+zip\"", "7")),
                    "does not describe a DX Plan Studio plan" };

    if (!QDir().mkpath(out.path())) {
        fprintf(stderr, "cannot make %s\n", qPrintable(out.path()));
        return 1;
    }
    for (const Case &k : cases) {
        const QString base = out.filePath(QString::fromLatin1(k.name));
        QFile file(base + QStringLiteral(".dxplan"));
        QFile expect(base + QStringLiteral(".expect"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(k.bytes) != k.bytes.size()
            || !expect.open(QIODevice::WriteOnly | QIODevice::Truncate) || expect.write(QByteArray(k.expect) + '\n') < 0) {
            fprintf(stderr, "cannot write %s\n", qPrintable(base));
            return 1;
        }
    }
    printf("%d files written to %s\n", int(cases.size()), qPrintable(out.path()));
    return 0;
}
