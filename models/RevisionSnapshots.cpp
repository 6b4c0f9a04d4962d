#include "models/RevisionSnapshots.h"

#include "models/ItemKinds.h"
#include "models/PlanJson.h"
#include "models/Sha256.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace RevisionSnapshots {

namespace {

const QString themesKey = QStringLiteral("themes");
const QString pieceKey = QStringLiteral("piece");

// The JSON keys of the kinds that live in a theme (directions, measures).
QStringList childKeys()
{
    QStringList keys;
    forEachKind([&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        if constexpr (Kind::isChild)
            keys << QString::fromLatin1(Kind::jsonKey);
    });
    return keys;
}

QString damaged(int revisionId)
{
    return QCoreApplication::translate("RevisionSnapshots", "the snapshot of revision %1 is damaged").arg(revisionId);
}

// Stores pieces, each distinct one once. The pieces already stored are
// found by a hash of their bytes kept in memory for one save: a stored
// hash column would cost the file 32 incompressible bytes a piece.
class PieceWriter
{
public:
    explicit PieceWriter(QSqlDatabase db) : m_insert(db)
    {
        QSqlQuery all(db);
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT id, data FROM snapshot_pieces")))
            error = all.lastError().text();
        while (all.next())
            m_stored.insert(hashOf(all.value(1).toByteArray()), all.value(0).toLongLong());
        m_insert.prepare(QStringLiteral("INSERT INTO snapshot_pieces (data) VALUES (?)"));
    }
    // The piece's id, or -1 with `error` set.
    qint64 put(const QJsonObject &object)
    {
        const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const QByteArray hash = hashOf(data);
        if (const auto it = m_stored.constFind(hash); it != m_stored.constEnd())
            return *it;
        m_insert.addBindValue(data);
        if (!m_insert.exec()) {
            error = m_insert.lastError().text();
            return -1;
        }
        const qint64 id = m_insert.lastInsertId().toLongLong();
        m_stored.insert(hash, id);
        return id;
    }
    QString error;

private:
    static QByteArray hashOf(const QByteArray &data)
    {
        return Sha256::hash(data);
    }
    QHash<QByteArray, qint64> m_stored;
    QSqlQuery m_insert;
};

// Reads pieces back by id.
class PieceReader
{
public:
    explicit PieceReader(QSqlDatabase db) : m_query(db)
    {
        m_query.prepare(QStringLiteral("SELECT data FROM snapshot_pieces WHERE id = ?"));
    }
    // The piece with that id as a JSON object; false when there is none.
    bool get(const QJsonValue &id, QJsonObject *object)
    {
        if (!id.isDouble())
            return false;
        m_query.addBindValue(qint64(id.toDouble()));
        if (!m_query.exec() || !m_query.next())
            return false;
        const QJsonDocument doc = QJsonDocument::fromJson(m_query.value(0).toByteArray());
        m_query.finish();
        if (!doc.isObject())
            return false;
        *object = doc.object();
        return true;
    }
    bool getAll(const QJsonValue &ids, QJsonArray *objects)
    {
        if (!ids.isArray())
            return false;
        for (const QJsonValue &id : ids.toArray()) {
            QJsonObject o;
            if (!get(id, &o))
                return false;
            objects->append(o);
        }
        return true;
    }

private:
    QSqlQuery m_query;
};

} // namespace

bool save(QSqlDatabase db, int revisionId, const Plan &plan, QString *error)
{
    QJsonObject whole = PlanJson::toObject(plan);
    const int version = whole.take(QStringLiteral("formatVersion")).toInt();
    whole.remove(QStringLiteral("format"));
    whole.remove(QString::fromLatin1(ItemKind<Revision>::jsonKey));

    PieceWriter pieces(db);
    if (!pieces.error.isEmpty()) {
        *error = pieces.error;
        return false;
    }
    QJsonObject manifest;
    bool ok = true;
    auto putAll = [&](const QJsonArray &items) {
        QJsonArray ids;
        for (const QJsonValue &item : items) {
            const qint64 id = pieces.put(item.toObject());
            ok = ok && id >= 0;
            ids.append(id);
        }
        return ids;
    };
    const QStringList children = childKeys();
    for (auto it = whole.constBegin(); ok && it != whole.constEnd(); ++it) {
        if (it.value().isObject()) {
            manifest.insert(it.key(), pieces.put(it.value().toObject()));
        } else if (it.key() == themesKey) {
            QJsonArray themes;
            for (const QJsonValue &value : it.value().toArray()) {
                QJsonObject theme = value.toObject();
                QJsonObject entry;
                for (const QString &key : children)
                    entry.insert(key, putAll(theme.take(key).toArray()));
                entry.insert(pieceKey, pieces.put(theme));
                themes.append(entry);
            }
            manifest.insert(it.key(), themes);
        } else {
            manifest.insert(it.key(), putAll(it.value().toArray()));
        }
    }
    if (!ok || !pieces.error.isEmpty()) {
        *error = pieces.error;
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO revision_snapshots (revision_id, json_version, manifest)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(revisionId);
    q.addBindValue(version);
    q.addBindValue(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool load(QSqlDatabase db, int revisionId, Plan *plan, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT json_version, manifest FROM revision_snapshots WHERE revision_id = ?"));
    q.addBindValue(revisionId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = QCoreApplication::translate("RevisionSnapshots", "revision %1 has no snapshot of the plan").arg(revisionId);
        return false;
    }
    const int version = q.value(0).toInt();
    const QJsonDocument manifestDoc = QJsonDocument::fromJson(q.value(1).toByteArray());
    q.finish();
    if (!manifestDoc.isObject()) {
        *error = damaged(revisionId);
        return false;
    }
    const QJsonObject manifest = manifestDoc.object();
    PieceReader pieces(db);
    QJsonObject whole { { QStringLiteral("format"), QStringLiteral("dxplan-json") },
                        { QStringLiteral("formatVersion"), version },
                        { QString::fromLatin1(ItemKind<Revision>::jsonKey), QJsonArray() } };
    const QStringList children = childKeys();
    bool ok = true;
    for (auto it = manifest.constBegin(); ok && it != manifest.constEnd(); ++it) {
        if (it.key() == themesKey) {
            QJsonArray themes;
            for (const QJsonValue &value : it.value().toArray()) {
                const QJsonObject entry = value.toObject();
                QJsonObject theme;
                ok = ok && pieces.get(entry.value(pieceKey), &theme);
                for (const QString &key : children) {
                    QJsonArray items;
                    ok = ok && pieces.getAll(entry.value(key), &items);
                    theme.insert(key, items);
                }
                themes.append(theme);
            }
            ok = ok && it.value().isArray();
            whole.insert(it.key(), themes);
        } else if (it.value().isArray()) {
            QJsonArray items;
            ok = pieces.getAll(it.value(), &items);
            whole.insert(it.key(), items);
        } else {
            QJsonObject object;
            ok = pieces.get(it.value(), &object);
            whole.insert(it.key(), object);
        }
    }
    if (!ok) {
        *error = damaged(revisionId);
        return false;
    }
    QString why;
    if (!PlanJson::read(QJsonDocument(whole).toJson(QJsonDocument::Compact), plan, &why)) {
        *error = damaged(revisionId) + QStringLiteral(": ") + why;
        return false;
    }
    return true;
}

bool prune(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM revision_snapshots WHERE revision_id NOT IN (SELECT id FROM revisions)"))
        || !q.exec(QStringLiteral("SELECT manifest FROM revision_snapshots"))) {
        *error = q.lastError().text();
        return false;
    }
    // The ids every remaining manifest names.
    QSet<qint64> used;
    const QStringList children = childKeys();
    auto useAll = [&](const QJsonValue &ids) {
        for (const QJsonValue &id : ids.toArray())
            used.insert(qint64(id.toDouble()));
    };
    while (q.next()) {
        const QJsonObject manifest = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        for (auto it = manifest.constBegin(); it != manifest.constEnd(); ++it) {
            if (it.key() == themesKey) {
                for (const QJsonValue &entry : it.value().toArray()) {
                    used.insert(qint64(entry.toObject().value(pieceKey).toDouble()));
                    for (const QString &key : children)
                        useAll(entry.toObject().value(key));
                }
            } else if (it.value().isArray()) {
                useAll(it.value());
            } else {
                used.insert(qint64(it.value().toDouble()));
            }
        }
    }
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM snapshot_pieces"))) {
        *error = ids.lastError().text();
        return false;
    }
    QList<qint64> unused;
    while (ids.next())
        if (!used.contains(ids.value(0).toLongLong()))
            unused << ids.value(0).toLongLong();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM snapshot_pieces WHERE id = ?"));
    for (qint64 id : unused) {
        remove.addBindValue(id);
        if (!remove.exec()) {
            *error = remove.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace RevisionSnapshots
