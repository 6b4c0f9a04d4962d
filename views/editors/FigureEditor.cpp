#include "views/editors/ItemBinder.h"
#include "views/editors/ItemEditors.h"

#include "models/PlanLimits.h"
#include "views/document/ChapterMarkdown.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSvgRenderer>

// A figure: its caption, its alternative text, and its picture, chosen
// from a PNG, JPEG or SVG file and kept inside the plan; with the Markdown
// that shows it in a chapter.

namespace ItemEditors {

namespace {

// The largest the picture is shown in the editor; the document prints it
// at its own size.
constexpr int shownWidth = 360;
constexpr int shownHeight = 240;

const QString svgType = QStringLiteral("image/svg+xml");

// The media type of picture bytes, judged by what they decode as (not by
// the file's name); empty when they are no PNG, JPEG or SVG we can show.
QString pictureType(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if ((format == "png" || format == "jpeg") && !reader.read().isNull())
        return format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    // Only text that looks like SVG goes to the SVG reader (which warns
    // loudly about anything else).
    if (data.contains("<svg") && QSvgRenderer(data).isValid())
        return svgType;
    return {};
}

QPixmap picturePixmap(const QByteArray &data, const QString &mediaType)
{
    if (mediaType == svgType) {
        QSvgRenderer renderer(data);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = QSize(shownWidth, shownHeight);
        size.scale(QSize(shownWidth, shownHeight), Qt::KeepAspectRatio);
        QPixmap pixmap(size);
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        return pixmap;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(data))
        return {};
    if (pixmap.width() > shownWidth || pixmap.height() > shownHeight)
        pixmap = pixmap.scaled(shownWidth, shownHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return pixmap;
}

QString typeName(const QString &mediaType)
{
    if (mediaType == QLatin1String("image/png"))
        return EditorText::tr("PNG picture");
    if (mediaType == QLatin1String("image/jpeg"))
        return EditorText::tr("JPEG photo");
    if (mediaType == svgType)
        return EditorText::tr("SVG drawing");
    return EditorText::tr("No picture yet");
}

// The picture as the figure now has it, redrawn only when its bytes change.
class FigurePicture : public QLabel
{
public:
    FigurePicture(PlanDocument *document, int figureId, QWidget *parent)
        : QLabel(parent), m_binder { document, figureId }
    {
        setObjectName(QStringLiteral("figurePicture"));
        setAlignment(Qt::AlignCenter);
        setMinimumHeight(fontMetrics().lineSpacing() * 4);
        setFrameShape(QFrame::StyledPanel);
        connect(document, &PlanDocument::changed, this, &FigurePicture::refresh);
        refresh();
    }

    void refresh()
    {
        const Figure *figure = m_binder.item();
        if (!figure)
            return;
        // Typing a caption changes the figure too; the bytes are then the
        // very same (shared), and comparing 16 MB would be waste.
        const bool sameBytes = (figure->data.constData() == m_data.constData() && figure->data.size() == m_data.size())
            || figure->data == m_data;
        if (m_shown && sameBytes && figure->mediaType == m_type)
            return;
        m_shown = true;
        m_data = figure->data;
        m_type = figure->mediaType;
        // Screen readers get the figure's own alternative text.
        setAccessibleName(figure->altText.isEmpty() ? EditorText::tr("Picture") : figure->altText);
        if (m_data.isEmpty()) {
            setPixmap(QPixmap());
            setText(EditorText::tr("No picture yet"));
            return;
        }
        const QPixmap pixmap = picturePixmap(m_data, m_type);
        if (pixmap.isNull()) {
            setPixmap(QPixmap());
            setText(EditorText::tr("The picture cannot be shown."));
        } else {
            setText(QString());
            setPixmap(pixmap);
        }
    }

private:
    ItemBinder<Figure> m_binder;
    bool m_shown = false;
    QByteArray m_data;
    QString m_type;
};

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString figureMarkdown(const Figure &figure)
{
    // The words in the brackets are for whoever reads the Markdown; the
    // document takes caption and alternative text from the figure itself.
    QString alt = figure.altText.isEmpty() ? figure.caption : figure.altText;
    alt = alt.simplified();
    alt.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    alt.replace(QLatin1Char('['), QLatin1String("\\["));
    alt.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return QStringLiteral("![%1](%2)").arg(alt, ChapterMarkdown::figureTarget(figure.id));
}

bool loadFigurePicture(PlanDocument *document, int figureId, const QString &path, QString *error)
{
    const Figure *before = document ? findById(document->plan().figures, figureId) : nullptr;
    if (!before) {
        *error = EditorText::tr("The figure no longer exists.");
        return false;
    }
    if (document->isReadOnly()) {
        *error = EditorText::tr("This plan is read-only.");
        return false;
    }
    const QString name = QDir::toNativeSeparators(path);
    const QString limit = fileSizeText(PlanLimits::maxFigureBytes);
    QFile file(path);
    if (file.size() > PlanLimits::maxFigureBytes) {
        *error = EditorText::tr("%1 is %2; a figure's picture may be at most %3.")
                     .arg(name, fileSizeText(file.size()), limit);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = EditorText::tr("%1 cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    // Read one byte past the limit: the file may have grown since.
    const QByteArray data = file.read(PlanLimits::maxFigureBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = EditorText::tr("%1 cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    if (data.size() > PlanLimits::maxFigureBytes) {
        *error = EditorText::tr("%1 is larger than %2, the most a figure's picture may be.").arg(name, limit);
        return false;
    }
    const QString type = pictureType(data);
    if (type.isEmpty()) {
        *error = EditorText::tr("%1 is not a PNG, JPEG or SVG picture that DX Plan Studio can show.").arg(name);
        return false;
    }
    Figure after = *before;
    after.data = data;
    after.mediaType = type;
    if (!(after == *before))
        document->undoStack()->push(
            new ReplaceItem<Figure>(document, *before, after, EditorText::tr("Choose picture")));
    return true;
}

ItemFieldEditor *build(PlanDocument *document, KindTag<Figure>, int id, QWidget *parent)
{
    auto *editor = new ItemFieldEditor(parent);
    editor->setHeading(EditorText::tr("Figure"));
    const ItemBinder<Figure> b { document, id };
    QPointer<PlanDocument> doc(document);
    b.text(editor, QStringLiteral("figureCaption"), EditorText::tr("Caption"), &Figure::caption, CaptionKey);
    b.text(editor, QStringLiteral("figureAltText"), EditorText::tr("Alternative text"), &Figure::altText,
           AltTextKey, true);
    auto *altHint = new QLabel(EditorText::tr("What screen readers say instead of the picture: "
                                              "describe what it shows and what it tells."), editor);
    altHint->setObjectName(QStringLiteral("figureAltTextHint"));
    altHint->setWordWrap(true);
    editor->addRow(QString(), altHint);

    auto *picture = new FigurePicture(document, id, editor);
    editor->addRow(EditorText::tr("Picture"), picture);
    editor->addLabel(QStringLiteral("figureType"), EditorText::tr("File type"),
                     b.get([](const Figure &f) { return typeName(f.mediaType); }));

    auto *choose = new QPushButton(EditorText::tr("Choose picture..."), editor);
    choose->setObjectName(QStringLiteral("figureChoosePicture"));
    choose->setToolTip(EditorText::tr("A PNG, JPEG or SVG file of at most %1; the plan keeps a copy.")
                           .arg(fileSizeText(PlanLimits::maxFigureBytes)));
    QObject::connect(choose, &QPushButton::clicked, editor, [editor, doc, id] {
        const QString path = QFileDialog::getOpenFileName(
            editor, EditorText::tr("Choose Picture"), QString(),
            EditorText::tr("Pictures (*.png *.jpg *.jpeg *.svg);;PNG (*.png);;JPEG (*.jpg *.jpeg);;SVG (*.svg)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!loadFigurePicture(doc, id, path, &error))
            QMessageBox::warning(editor, EditorText::tr("Choose Picture"), error);
    });
    QObject::connect(editor, &ItemFieldEditor::readOnlyChanged, choose, [choose](bool readOnly) {
        choose->setEnabled(!readOnly);
    });
    editor->addRow(QString(), choose);

    // The Markdown to paste into a chapter, ready to copy.
    auto *usage = new QWidget(editor);
    auto *usageLayout = new QHBoxLayout(usage);
    usageLayout->setContentsMargins(0, 0, 0, 0);
    auto *snippet = new QLineEdit(usage);
    snippet->setObjectName(QStringLiteral("figureMarkdown"));
    snippet->setReadOnly(true);
    snippet->setAccessibleName(EditorText::tr("Markdown to show the figure in a chapter"));
    auto *copy = new QPushButton(EditorText::tr("Copy"), usage);
    copy->setObjectName(QStringLiteral("figureCopyMarkdown"));
    copy->setToolTip(EditorText::tr("Copy the Markdown, to paste it into a chapter's text"));
    usageLayout->addWidget(snippet, 1);
    usageLayout->addWidget(copy);
    auto showSnippet = [b, snippet] {
        if (const Figure *f = b.item(); f && snippet->text() != figureMarkdown(*f))
            snippet->setText(figureMarkdown(*f));
    };
    showSnippet();
    QObject::connect(document, &PlanDocument::changed, snippet, showSnippet);
    QObject::connect(copy, &QPushButton::clicked, snippet, [snippet] {
        QGuiApplication::clipboard()->setText(snippet->text());
    });
    editor->addRow(EditorText::tr("In a chapter"), usage);
    return editor;
}

} // namespace ItemEditors
