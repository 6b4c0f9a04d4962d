#pragma once

#include <QDialog>
#include <QHash>

class PlanDocument;
class QFormLayout;
class QLabel;
class QTreeView;
class RevisionListModel;

// File > Properties, the audit panel: what the open plan's file says of
// itself (integrity, signature, format, who saved it with which version
// and when) and its revisions. Read-only; every value can be selected and
// Copy puts the whole panel on the clipboard as text. It follows the plan:
// saving, signing, trusting a certificate and marking a revision show at
// once.
class PlanPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field {
        File,
        Integrity,
        Signature,
        Signer,
        Issuer,
        ValidUntil,
        SignedAt,
        Problem,
        Format,
        Application,
        SavedAt,
        SavedBy,
        CurrentRevision,
    };

    PlanPropertiesDialog(PlanDocument *document, QWidget *parent = nullptr);

    // The text shown for `field`; empty when its row is hidden.
    QString value(Field field) const;
    // The whole panel as plain text, as Copy puts it on the clipboard.
    QString text() const;
    QTreeView *revisionView() const { return m_revisions; }

signals:
    void trustedCertificatesRequested();

private:
    void addRow(Field field, const QString &label);
    void setValue(Field field, const QString &value);
    void refresh();
    void copyAll();

    PlanDocument *m_document;
    QFormLayout *m_form;
    QLabel *m_title;
    QHash<Field, QLabel *> m_values;
    QHash<Field, QLabel *> m_labels;
    QLabel *m_signatureIcon;
    QLabel *m_unsavedNote;
    RevisionListModel *m_model;
    QTreeView *m_revisions;
};
