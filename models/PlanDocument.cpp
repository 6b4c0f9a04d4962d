#include "models/PlanDocument.h"

#include "models/DatabaseConnection.h"
#include "models/ItemKinds.h"
#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/PlanStore.h"
#include "models/RevisionSnapshots.h"
#include "models/WorkingCopy.h"

#include <QFileInfo>
#include <future>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Where an item is: its theme (0 for top-level kinds) and its index, or -1.
// Searched through const access: a non-const QList shared with the copy an
// edit keeps for its rollback is copied on first access, which copied
// every measure of the plan on every edit. An edited item names its theme
// (`likelyParentId`): that theme is searched first, and the whole plan only
// when the item is not there, so editing a measure of a 100,000-measure
// plan does not walk past half of them.
template<typename T>
std::pair<int, int> position(const Plan &plan, int id, int likelyParentId = 0)
{
    using Kind = ItemKind<T>;
    const auto indexIn = [id](const QList<T> &list) {
        for (int i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    };
    if constexpr (Kind::isChild) {
        if (const Theme *likely = likelyParentId ? plan.theme(likelyParentId) : nullptr)
            if (const int i = indexIn(Kind::listOf(*likely)); i >= 0)
                return { likely->id, i };
        for (const Theme &t : plan.themes)
            if (const int i = indexIn(Kind::listOf(t)); i >= 0)
                return { t.id, i };
        return { 0, -1 };
    } else {
        return { 0, indexIn(Kind::list(plan, 0)) };
    }
}

// The list holding an item, for writing, and the item's index there.
template<typename T>
std::pair<QList<T> *, int> locate(Plan &plan, int id, int likelyParentId = 0)
{
    const auto [parentId, index] = position<T>(plan, id, likelyParentId);
    if (index < 0)
        return { nullptr, -1 };
    return { &ItemKind<T>::list(plan, parentId), index };
}

// What a theme carries with it into the store: its directions and
// measures, so that undoing its removal brings them back too.
bool saveWithChildren(PlanStore &store, const Theme &theme, int position)
{
    bool ok = store.saveItem(theme, position);
    for (int i = 0; ok && i < theme.directions.size(); ++i)
        ok = store.saveItem(theme.directions[i], i);
    for (int i = 0; ok && i < theme.measures.size(); ++i)
        ok = store.saveItem(theme.measures[i], i);
    return ok;
}

template<typename T>
bool saveWithChildren(PlanStore &store, const T &item, int position)
{
    return store.saveItem(item, position);
}

template<typename T>
int maxId(const QList<T> &list)
{
    int max = 0;
    for (const T &item : list)
        max = qMax(max, item.id);
    return max;
}

} // namespace

PlanDocument::PlanDocument()
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        if (m_copy)
            m_copy->setUnsaved(isModified());
        emit modifiedChanged(isModified());
    });
}

PlanDocument::~PlanDocument()
{
    // QUndoStack's destructor clears it and reports "clean"; that must not
    // mark the working copy as saved when a document is dropped unsaved.
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

bool PlanDocument::attach(std::unique_ptr<WorkingCopy> copy, QString *error, std::optional<Plan> loaded)
{
    if (!copy)
        return false;
    m_copy = std::move(copy);
    m_store = std::make_unique<PlanStore>(m_copy->database());
    m_numbersChecked = false;
    if (loaded) {
        m_plan = std::move(*loaded);
        return true;
    }
    if (!m_store->load(&m_plan)) {
        *error = m_store->errorString();
        return false;
    }
    return true;
}

std::unique_ptr<PlanDocument> PlanDocument::create(const Plan &plan, QString *error)
{
    std::unique_ptr<PlanDocument> doc(new PlanDocument);
    if (!doc->attach(WorkingCopy::create(plan, QString(), error), error))
        return nullptr;
    return doc;
}

std::unique_ptr<PlanDocument> PlanDocument::open(const QString &path, bool readOnly, QString *error)
{
    PlanFileReader reader;
    PlanFileReader::Result result;
    if (!reader.read(path, &result, PlanFileReader::Mode::KeepDatabase)) {
        *error = reader.errorString();
        return nullptr;
    }
    std::unique_ptr<PlanDocument> doc(new PlanDocument);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Reading the plan from the verified database and copying its rows into
    // the working copy only read that file: they run side by side, on two
    // cores, which takes a third off opening a large plan.
    auto loading = std::async(std::launch::async, [databasePath = result.databasePath] {
        std::pair<std::optional<Plan>, QString> loaded;
        DatabaseConnection connection;
        if (!connection.open(databasePath, DatabaseConnection::Mode::ReadOnly)) {
            loaded.second = connection.errorString();
            return loaded;
        }
        DatabaseConnection::mapIntoMemory(connection.database());
        Plan plan;
        PlanStore store(connection.database());
        if (store.load(&plan))
            loaded.first = std::move(plan);
        else
            loaded.second = store.errorString();
        return loaded;
    });
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::createFromDatabase(result.databasePath, absolute, error);
    auto [plan, loadError] = loading.get();
    if (copy && !plan) {
        *error = loadError;
        copy->remove();
        return nullptr;
    }
    if (!doc->attach(std::move(copy), error, std::move(plan)))
        return nullptr;
    doc->m_filePath = absolute;
    doc->m_readOnly = readOnly || result.readOnly;
    // Recorded for recovery: a plan opened read-only comes back read-only.
    doc->m_copy->setReadOnly(doc->m_readOnly);
    doc->rememberFileState();
    doc->setFileFacts(result.manifest, result.signature);
    return doc;
}

void PlanDocument::setFileFacts(const QByteArray &manifest, const QByteArray &signature)
{
    m_manifest = manifest;
    m_signature = signature;
    const QJsonObject o = QJsonDocument::fromJson(manifest).object();
    m_fileFacts.formatMajor = o.value(QStringLiteral("formatMajor")).toInt();
    m_fileFacts.formatMinor = o.value(QStringLiteral("formatMinor")).toInt();
    m_fileFacts.applicationVersion = o.value(QStringLiteral("applicationVersion")).toString();
    m_fileFacts.savedAt = o.value(QStringLiteral("savedAt")).toString();
    m_fileFacts.savedBy = o.value(QStringLiteral("savedBy")).toString();
    // Only files that were read or written whole get here: every entry's
    // size and SHA-256 matched the manifest.
    m_fileFacts.verified = !manifest.isEmpty();
    m_fileFacts.signature = PlanSignature::verify(manifest, signature, PlanSignature::trustedCertificates());
    emit fileFactsChanged();
}

void PlanDocument::reverifySignature()
{
    setFileFacts(m_manifest, m_signature);
}

bool PlanDocument::signFile(const QByteArray &pkcs12, const QString &passphrase, QString *error)
{
    if (m_filePath.isEmpty() || isModified()) {
        *error = tr("Save the plan before signing it: a signature covers the file as it is on disk.");
        return false;
    }
    if (changedOnDisk()) {
        *error = tr("The file was changed on disk since it was opened; open it again before signing.");
        return false;
    }
    // The manifest as the file holds it, read with every check of a
    // received file.
    PlanFileReader reader;
    PlanFileReader::Result result;
    if (!reader.read(m_filePath, &result, PlanFileReader::Mode::KeepDatabase)) {
        *error = reader.errorString();
        return false;
    }
    QByteArray signature;
    if (!PlanSignature::sign(result.manifest, pkcs12, passphrase, &signature, error))
        return false;
    PlanFileWriter writer;
    if (!writer.writeSigned(m_filePath, signature, m_filePath)) {
        *error = writer.errorString();
        return false;
    }
    rememberFileState();
    setFileFacts(result.manifest, signature);
    return true;
}

std::unique_ptr<PlanDocument> PlanDocument::recover(const QString &workingCopyId, QString *error)
{
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::reopen(workingCopyId, error);
    if (!copy)
        return nullptr;
    std::unique_ptr<PlanDocument> doc(new PlanDocument);
    const QString source = copy->info().sourcePath;
    const bool unsaved = copy->info().changedAt.isValid();
    const bool readOnly = copy->info().readOnly;
    if (!doc->attach(std::move(copy), error))
        return nullptr;
    doc->m_filePath = source;
    doc->m_recoveredUnsaved = unsaved;
    doc->m_readOnly = readOnly;
    if (!source.isEmpty())
        doc->rememberFileState();
    return doc;
}

std::unique_ptr<PlanDocument> PlanDocument::openSnapshot(const Plan &plan, const QString &displayName,
                                                         QString *error)
{
    std::unique_ptr<PlanDocument> doc(new PlanDocument);
    if (!doc->attach(WorkingCopy::create(plan, QString(), error), error))
        return nullptr;
    doc->m_readOnly = true;
    doc->m_snapshotName = displayName;
    // A crash leaves nothing to recover: the copy is read-only and clean.
    doc->m_copy->setReadOnly(true);
    return doc;
}

bool PlanDocument::isModified() const
{
    return m_recoveredUnsaved || !m_undoStack.isClean();
}

const PlanNumbers &PlanDocument::numbers() const
{
    if (m_numbersChecked)
        return m_numbers;
    const size_t key = PlanNumbers::orderKey(m_plan);
    if (!m_numbersKnown || key != m_numbersKey) {
        m_numbers = PlanNumbers(m_plan);
        m_numbersKey = key;
        m_numbersKnown = true;
    }
    m_numbersChecked = true;
    return m_numbers;
}

QString PlanDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_snapshotName.isEmpty())
        return m_snapshotName;
    return m_plan.info.title.isEmpty() ? tr("Untitled plan") : m_plan.info.title;
}

QString PlanDocument::workingCopyPath() const
{
    return m_copy ? m_copy->databasePath() : QString();
}

void PlanDocument::rememberFileState()
{
    const QFileInfo info(m_filePath);
    m_fileModified = info.exists() ? info.lastModified() : QDateTime();
    m_fileSize = info.exists() ? info.size() : -1;
}

bool PlanDocument::changedOnDisk() const
{
    if (m_filePath.isEmpty())
        return false;
    const QFileInfo info(m_filePath);
    if (!info.exists())
        return m_fileSize >= 0;
    return info.lastModified() != m_fileModified || info.size() != m_fileSize;
}

PlanDocument::SaveResult PlanDocument::save(const QString &path, bool overwrite, QString *error)
{
    const QString target = QFileInfo(path.isEmpty() ? m_filePath : path).absoluteFilePath();
    if (target.isEmpty()) {
        *error = tr("The plan has no file name yet.");
        return SaveResult::Failed;
    }
    if (m_readOnly && target == m_filePath) {
        *error = tr("The plan is open read-only; save it under another name.");
        return SaveResult::Failed;
    }
    if (!overwrite && target == m_filePath && changedOnDisk())
        return SaveResult::ChangedOnDisk;
    PlanFileWriter writer;
    if (!writer.write(*m_copy, target)) {
        *error = writer.errorString();
        return SaveResult::Failed;
    }
    m_filePath = target;
    m_readOnly = false;
    m_recoveredUnsaved = false;
    m_copy->setSourcePath(target);
    m_copy->setReadOnly(false);
    rememberFileState();
    // The file has changed: a signature it had is gone.
    setFileFacts(writer.writtenManifest(), QByteArray());
    const bool wasModified = isModified();
    m_undoStack.setClean();
    m_copy->setUnsaved(false);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
    return SaveResult::Saved;
}

void PlanDocument::closeCleanly()
{
    // The store's connection handle goes first, so the working copy can
    // close its database cleanly before deleting it.
    m_store.reset();
    if (m_copy)
        m_copy->remove();
    m_copy.reset();
}

// ---- mutators ----

PlanDocument::Transaction::Transaction(PlanDocument *document) : m_document(document)
{
    if (m_document->m_transactionDepth++ == 0)
        m_document->beginEdit();
}

PlanDocument::Transaction::~Transaction()
{
    if (--m_document->m_transactionDepth == 0)
        m_document->endEdit();
}

void PlanDocument::beginEdit()
{
    m_editFailure.clear();
    m_lastEditFailed = false;
    // Copies share their data until the edit writes: this costs a few
    // reference counts, not a copy of the plan.
    m_planBeforeEdit = m_plan;
    m_nextIdsBeforeEdit = m_nextIds;
    m_numbersChecked = false;
    if (m_store)
        storeResult(m_store->begin());
}

void PlanDocument::endEdit()
{
    if (m_store && m_editFailure.isNull())
        storeResult(m_store->commit());
    const bool failed = !m_editFailure.isNull();
    m_lastEditFailed = failed;
    m_numbersChecked = false;
    if (failed) {
        if (m_store)
            m_store->rollback();
        m_plan = m_planBeforeEdit;
        m_nextIds = m_nextIdsBeforeEdit;
        if (m_copy)
            m_copy->setTitle(m_plan.info.title);
    }
    m_planBeforeEdit = Plan();
    m_nextIdsBeforeEdit.clear();
    if (failed) {
        emit changed(PlanChange { PlanChange::Part::Everything, PlanChange::Action::Reset, 0, 0 });
        emit storageFailed(m_editFailure);
    }
}

void PlanDocument::storeResult(bool ok)
{
    // Only the first failure of an action is worth telling: later writes
    // of the same action fail because of it.
    if (!ok && m_editFailure.isNull()) {
        m_editFailure = m_store->errorString();
        if (m_editFailure.isEmpty())
            m_editFailure = tr("the working copy could not be written");
    }
}

void PlanDocument::announce(PlanChange::Part part, PlanChange::Action action, int id, int themeId)
{
    m_numbersChecked = false;
    if (m_copy)
        m_copy->setUnsaved(isModified() || !m_undoStack.isClean());
    emit changed(PlanChange { part, action, id, themeId });
}

void PlanDocument::setInfo(const PlanInfo &info)
{
    // Opened before the plan changes: it keeps the plan as it was.
    Transaction t(this);
    m_plan.info = info;
    storeResult(m_store->saveInfo(info));
    if (m_copy)
        m_copy->setTitle(info.title);
    announce(PlanChange::Part::Info, PlanChange::Action::Changed, 0);
}

template<typename T>
void PlanDocument::insertItem(const T &item, int index)
{
    Transaction t(this);
    using Kind = ItemKind<T>;
    QList<T> &list = Kind::list(m_plan, Kind::parentOf(item));
    index = qBound(0, index, int(list.size()));
    list.insert(index, item);
    m_nextIds[int(Kind::part)] = qMax(nextId<T>(), item.id + 1);
    if constexpr (std::is_same_v<T, Theme>) {
        // A theme comes with its directions and measures: their ids are
        // taken too.
        for (const Direction &d : item.directions)
            m_nextIds[int(PlanChange::Part::Direction)] = qMax(nextId<Direction>(), d.id + 1);
        for (const Measure &m : item.measures)
            m_nextIds[int(PlanChange::Part::Measure)] = qMax(nextId<Measure>(), m.id + 1);
    }
    storeResult(saveWithChildren(*m_store, item, index));
    storeResult(m_store->savePositions(QString::fromLatin1(Kind::table), idsOf(list)));
    announce(Kind::part, PlanChange::Action::Inserted, item.id, Kind::parentOf(item));
}

template<typename T>
void PlanDocument::replaceItem(const T &item)
{
    Transaction t(this);
    using Kind = ItemKind<T>;
    auto [list, index] = locate<T>(m_plan, item.id, Kind::parentOf(item));
    if (!list)
        return;
    if constexpr (std::is_same_v<T, Theme>) {
        // Theme edits change the theme's own fields; directions and
        // measures stay.
        Theme updated = item;
        updated.directions = (*list)[index].directions;
        updated.measures = (*list)[index].measures;
        (*list)[index] = updated;
        storeResult(m_store->saveItem(updated, index));
    } else {
        (*list)[index] = item;
        storeResult(m_store->saveItem(item, index));
    }
    announce(Kind::part, PlanChange::Action::Changed, item.id, Kind::parentOf(item));
}

template<typename T>
void PlanDocument::removeItem(int id)
{
    Transaction t(this);
    using Kind = ItemKind<T>;
    auto [list, index] = locate<T>(m_plan, id);
    if (!list)
        return;
    const int parent = Kind::parentOf((*list)[index]);
    list->removeAt(index);
    storeResult(m_store->remove(QString::fromLatin1(Kind::table), id));
    storeResult(m_store->savePositions(QString::fromLatin1(Kind::table), idsOf(*list)));
    announce(Kind::part, PlanChange::Action::Removed, id, parent);
}

template<typename T>
void PlanDocument::moveItem(int id, int newIndex)
{
    Transaction t(this);
    using Kind = ItemKind<T>;
    auto [list, index] = locate<T>(m_plan, id);
    if (!list)
        return;
    newIndex = qBound(0, newIndex, int(list->size()) - 1);
    if (newIndex == index)
        return;
    list->move(index, newIndex);
    storeResult(m_store->savePositions(QString::fromLatin1(Kind::table), idsOf(*list)));
    announce(Kind::part, PlanChange::Action::Moved, id, Kind::parentOf((*list)[newIndex]));
}

void PlanDocument::moveMeasure(int id, int themeId, int index)
{
    Transaction t(this);
    auto [list, from] = locate<Measure>(m_plan, id);
    if (!list || !m_plan.theme(themeId))
        return;
    Measure measure = list->takeAt(from);
    storeResult(m_store->savePositions(QStringLiteral("measures"), idsOf(*list)));
    measure.themeId = themeId;
    QList<Measure> &target = ItemKind<Measure>::list(m_plan, themeId);
    index = qBound(0, index, int(target.size()));
    target.insert(index, measure);
    storeResult(m_store->saveItem(measure, index));
    storeResult(m_store->savePositions(QStringLiteral("measures"), idsOf(target)));
    announce(PlanChange::Part::Measure, PlanChange::Action::Moved, id, themeId);
}

template<typename T>
int PlanDocument::nextId()
{
    using Kind = ItemKind<T>;
    const int key = int(Kind::part);
    if (!m_nextIds.contains(key)) {
        int max = 0;
        if constexpr (Kind::isChild) {
            for (const Theme &theme : m_plan.themes)
                max = qMax(max, maxId(Kind::list(m_plan, theme.id)));
        } else {
            max = maxId(Kind::list(m_plan, 0));
        }
        m_nextIds.insert(key, max + 1);
    }
    return m_nextIds.value(key);
}

void PlanDocument::storeSnapshot(int revisionId, const Plan &snapshot)
{
    Transaction t(this);
    QString error;
    if (!RevisionSnapshots::save(m_store->database(), revisionId, snapshot, &error) && m_editFailure.isNull())
        m_editFailure = error;
    for (Revision &r : m_plan.revisions)
        if (r.id == revisionId)
            r.hasSnapshot = true;
    announce(PlanChange::Part::Revision, PlanChange::Action::Changed, revisionId);
}

void PlanDocument::replaceContent(const Plan &plan)
{
    Transaction t(this);
    const QList<Revision> revisions = m_plan.revisions;
    m_plan = plan;
    m_plan.revisions = revisions;
    // Ids stay unique across undo: the next id of each kind is past both
    // versions' ids.
    const QHash<int, int> before = m_nextIds;
    m_nextIds.clear();
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const int key = int(ItemKind<T>::part);
        m_nextIds.insert(key, qMax(before.value(key), nextId<T>()));
    });
    storeResult(m_store->replaceContent(m_plan));
    if (m_copy)
        m_copy->setTitle(m_plan.info.title);
    announce(PlanChange::Part::Everything, PlanChange::Action::Reset, 0);
}

bool PlanDocument::revisionPlan(int revisionId, Plan *plan, QString *error) const
{
    return RevisionSnapshots::load(m_store->database(), revisionId, plan, error);
}

template<typename T>
int PlanDocument::indexOf(int id) const
{
    return position<T>(m_plan, id).second;
}

#define DXPLAN_INSTANTIATE(Type)                                                                   \
    template void PlanDocument::insertItem<Type>(const Type &, int);                               \
    template void PlanDocument::replaceItem<Type>(const Type &);                                   \
    template void PlanDocument::removeItem<Type>(int);                                             \
    template void PlanDocument::moveItem<Type>(int, int);                                          \
    template int PlanDocument::nextId<Type>();                                                     \
    template int PlanDocument::indexOf<Type>(int) const;
DXPLAN_ITEM_KINDS(DXPLAN_INSTANTIATE)
#undef DXPLAN_INSTANTIATE
