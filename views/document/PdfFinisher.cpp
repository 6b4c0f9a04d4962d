#include "views/document/PdfFinisher.h"

// This code uses std::shared_ptr only; without this qpdf warns on every
// build about its old PointerHolder type.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFOutlineObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <vector>

namespace PdfFinisher {

namespace {

// Opens `bytes` (which must outlive `qpdf`: qpdf reads from the buffer, it
// does not copy it). Warnings are kept quiet: a file qpdf can recover is
// good enough, and qpdf would otherwise print them on stderr.
void open(QPDF &qpdf, const QByteArray &bytes)
{
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("plan document", bytes.constData(), size_t(bytes.size()));
}

QString fromPdf(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

// The text of a string object, empty for anything else (a broken file may
// hold a name or a number where a string belongs).
QString textOf(QPDFObjectHandle object)
{
    return object.isString() ? fromPdf(object.getUTF8Value()) : QString();
}

// The top and bottom edges of a page in PDF user space (y grows upwards);
// a MediaBox may be written upside down, hence min/max.
struct PageEdges
{
    double bottom = 0;
    double top = 0;
};

PageEdges edgesOf(QPDFPageObjectHelper page)
{
    QPDFObjectHandle box = page.getMediaBox();
    if (!box.isRectangle())
        return {};
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    return { std::min(r.lly, r.ury), std::max(r.lly, r.ury) };
}

// The outline as a tree before it becomes PDF objects: which bookmarks
// are children of which, so /First, /Last and /Count are known up front.
struct OutlineNode
{
    int bookmark = -1; // index into the bookmark list; -1 for the root
    std::vector<OutlineNode> children;
};

OutlineNode outlineTree(const QList<Bookmark> &bookmarks)
{
    OutlineNode root;
    // The path from the root to the item added last, with each item's
    // level: a new item goes under the last item shallower than itself.
    std::vector<std::pair<int, OutlineNode *>> path;
    for (int i = 0; i < bookmarks.size(); ++i) {
        const int level = std::max(1, bookmarks.at(i).level);
        while (!path.empty() && path.back().first >= level)
            path.pop_back();
        OutlineNode *parent = path.empty() ? &root : path.back().second;
        parent->children.push_back(OutlineNode{ i, {} });
        path.emplace_back(level, &parent->children.back());
    }
    return root;
}

int descendantCount(const OutlineNode &node)
{
    int count = 0;
    for (const OutlineNode &child : node.children)
        count += 1 + descendantCount(child);
    return count;
}

// Makes the outline items under `parent` (an indirect dictionary already in
// `qpdf`) and links them as its children. Every item is open, so each
// /Count is the number of all its descendants.
void addOutlineItems(QPDF &qpdf, QPDFObjectHandle parent, const OutlineNode &node,
                     const QList<Bookmark> &bookmarks, const std::vector<QPDFPageObjectHelper> &pages)
{
    std::vector<QPDFObjectHandle> items;
    for (const OutlineNode &child : node.children) {
        const Bookmark &b = bookmarks.at(child.bookmark);
        QPDFPageObjectHelper page = pages.at(size_t(b.page));
        const PageEdges edges = edgesOf(page);
        // /XYZ takes y in user space, measured upwards; clamped so a reader
        // never scrolls above or below the page.
        const double y = std::clamp(edges.top - double(b.top), edges.bottom, edges.top);

        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(page.getObjectHandle());
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        dest.appendItem(QPDFObjectHandle::newInteger(0));
        dest.appendItem(QPDFObjectHandle::newReal(y, 4));
        dest.appendItem(QPDFObjectHandle::newNull());

        QPDFObjectHandle item = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(b.title.toStdString()));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", dest);
        item.replaceKey("/Count", QPDFObjectHandle::newInteger(descendantCount(child)));
        if (!items.empty()) {
            item.replaceKey("/Prev", items.back());
            items.back().replaceKey("/Next", item);
        }
        items.push_back(item);
        addOutlineItems(qpdf, item, child, bookmarks, pages);
    }
    if (!items.empty()) {
        parent.replaceKey("/First", items.front());
        parent.replaceKey("/Last", items.back());
    }
}

// The dictionary under `key` in `parent`, made (direct) when missing or not
// a dictionary.
QPDFObjectHandle dictionaryUnder(QPDFObjectHandle parent, const std::string &key)
{
    QPDFObjectHandle d = parent.getKey(key);
    if (!d.isDictionary()) {
        d = QPDFObjectHandle::newDictionary();
        parent.replaceKey(key, d);
    }
    return d;
}

void setText(QPDFObjectHandle dictionary, const std::string &key, const QString &text)
{
    if (!text.isEmpty())
        dictionary.replaceKey(key, QPDFObjectHandle::newUnicodeString(text.toStdString()));
}

QString describe(const std::exception &e)
{
    return QStringLiteral("The PDF cannot be read: %1").arg(QString::fromLocal8Bit(e.what()));
}

void walkOutline(std::vector<QPDFOutlineObjectHelper> items, int level, const std::map<QPDFObjGen, int> &pageIndex,
                 QList<Bookmark> *out)
{
    for (QPDFOutlineObjectHelper &item : items) {
        Bookmark b;
        b.title = fromPdf(item.getTitle());
        b.level = level;
        // -1 for an item that leads to no page of this document.
        b.page = -1;
        QPDFObjectHandle page = item.getDestPage();
        if (page.isDictionary()) {
            const auto found = pageIndex.find(page.getObjGen());
            if (found != pageIndex.end())
                b.page = found->second;
        }
        QPDFObjectHandle dest = item.getDest();
        if (b.page >= 0 && dest.isArray() && dest.getArrayNItems() >= 4 && dest.getArrayItem(1).isName()
            && dest.getArrayItem(1).getName() == "/XYZ" && dest.getArrayItem(3).isNumber()) {
            const PageEdges edges = edgesOf(QPDFPageObjectHelper(page));
            b.top = edges.top - dest.getArrayItem(3).getNumericValue();
        }
        out->append(b);
        walkOutline(item.getKids(), level + 1, pageIndex, out);
    }
}

} // namespace

bool finish(QByteArray *pdf, const QList<Bookmark> &bookmarks, const Metadata &metadata, QString *error)
{
    if (!pdf) {
        if (error)
            *error = QStringLiteral("No PDF was given.");
        return false;
    }
    // qpdf reads from this copy while it writes, and *pdf is only replaced
    // once everything has worked.
    const QByteArray input = *pdf;
    try {
        QPDF qpdf;
        open(qpdf, input);
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
        for (const Bookmark &b : bookmarks) {
            if (b.page < 0 || size_t(b.page) >= pages.size()) {
                if (error)
                    *error = QStringLiteral("The bookmark \"%1\" points to page %2, but the PDF has %3 pages.")
                                 .arg(b.title)
                                 .arg(b.page + 1)
                                 .arg(pages.size());
                return false;
            }
        }

        QPDFObjectHandle root = qpdf.getRoot();
        // The outline is exactly the list given: one Qt may have written (it
        // writes none today) or an earlier finish() made is replaced.
        root.removeKey("/Outlines");
        if (root.getKey("/PageMode").isName() && root.getKey("/PageMode").getName() == "/UseOutlines")
            root.removeKey("/PageMode");
        if (!bookmarks.isEmpty()) {
            const OutlineNode tree = outlineTree(bookmarks);
            QPDFObjectHandle outlines = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(descendantCount(tree)));
            addOutlineItems(qpdf, outlines, tree, bookmarks, pages);
            root.replaceKey("/Outlines", outlines);
            // Readers open the bookmark pane, so the plan's structure is seen.
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        setText(root, "/Lang", metadata.language);
        // Window titles show the plan's title, not the file name.
        dictionaryUnder(root, "/ViewerPreferences").replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));

        QPDFObjectHandle trailer = qpdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        // Only what is given is set: what Qt wrote (/Creator, /Producer, the
        // dates, a title set on the writer) stays otherwise.
        setText(info, "/Title", metadata.title);
        setText(info, "/Author", metadata.author);
        setText(info, "/Subject", metadata.subject);

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        // Stream data goes out byte for byte as it came in: Qt's content
        // streams stay as Qt compressed them, and the ToUnicode maps edited
        // in place before this step stay uncompressed and as edited.
        writer.setCompressStreams(false);
        writer.setDecodeLevel(qpdf_dl_none);
        // An end-of-line before each "endstream", as Qt writes it (qpdf
        // leaves it out by default; PDF/A requires it).
        writer.setNewlineBeforeEndstream(true);
        // The same input gives the same bytes (no random /ID).
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        *pdf = QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = describe(e);
    } catch (...) {
        if (error)
            *error = QStringLiteral("The PDF cannot be read.");
    }
    *pdf = input;
    return false;
}

QList<Bookmark> bookmarks(const QByteArray &pdf, QString *error)
{
    try {
        QPDF qpdf;
        open(qpdf, pdf);
        std::map<QPDFObjGen, int> pageIndex;
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
        for (size_t i = 0; i < pages.size(); ++i)
            pageIndex[pages[i].getObjectHandle().getObjGen()] = int(i);
        QPDFOutlineDocumentHelper outline(qpdf);
        QList<Bookmark> out;
        walkOutline(outline.getTopLevelOutlines(), 1, pageIndex, &out);
        return out;
    } catch (const std::exception &e) {
        if (error)
            *error = describe(e);
    } catch (...) {
        if (error)
            *error = QStringLiteral("The PDF cannot be read.");
    }
    return {};
}

QString language(const QByteArray &pdf)
{
    return metadata(pdf).language;
}

Metadata metadata(const QByteArray &pdf)
{
    Metadata m;
    try {
        QPDF qpdf;
        open(qpdf, pdf);
        m.language = textOf(qpdf.getRoot().getKey("/Lang"));
        QPDFObjectHandle info = qpdf.getTrailer().getKey("/Info");
        if (info.isDictionary()) {
            m.title = textOf(info.getKey("/Title"));
            m.author = textOf(info.getKey("/Author"));
            m.subject = textOf(info.getKey("/Subject"));
        }
    } catch (...) {
        // Not a PDF qpdf can read: nothing to report.
        return {};
    }
    return m;
}

} // namespace PdfFinisher
