#pragma once

#include "backend/deskbackend.h"
#include "offereditordialog.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace ContactDesk {

// The next-best-offer catalogue and how its offers did, for whoever runs the centre: every offer
// with its category, margin, validity, cool-down and whether it is active, edited in place;
// new offers and every term of an existing one in OfferEditorDialog; a catalogue imported from JSON
// (docs/OFFERS.md); and the outcome report by offer, agent or customer segment over a period.
class OfferCatalogueDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferCatalogueDialog)

public:
    OfferCatalogueDialog(DeskBackend &backend, std::function<qint64()> nowMs, QWidget *parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isReportLoaded() const { return m_reportLoaded; }
    const QList<Offer> &offers() const { return m_offers; }
    const QList<OfferReportRow> &reportRows() const { return m_reportRows; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *offerTable() const { return m_table; }
    QCheckBox *activeBox() const { return m_active; }
    QSpinBox *marginBox() const { return m_margin; }
    QSpinBox *cooldownBox() const { return m_cooldown; }
    QDateEdit *validUntilEdit() const { return m_validUntil; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newOfferButton() const { return m_newOffer; }
    QPushButton *editOfferButton() const { return m_editOffer; }
    // The editor opened by newOfferButton(), editOfferButton() or a double click; null when
    // none is open.
    OfferEditorDialog *editor() const { return m_editor; }
    QComboBox *groupingBox() const { return m_grouping; }
    QComboBox *periodBox() const { return m_period; }
    QTableWidget *reportTable() const { return m_report; }

    // Selects the offer's row; false when it is not in the catalogue.
    bool selectOffer(const QString &offerId);
    // Opens the editor (window-modal) for a new offer, or for the selected one.
    void newOffer();
    void editSelected();
    // Imports a catalogue file; the answer comes as imported() or errorOccurred().
    void importFile(const QString &path);
    void reload();
    void reloadReport();

    // The category as people read it (also the offer editor's).
    static QString categoryName(OfferCategory category);

Q_SIGNALS:
    void saved(const QString &offerId);
    void imported(const QString &summary);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showOffers();
    void showSelected();
    void openEditor(const std::optional<Offer> &offer);
    void save();
    void chooseImportFile();
    void showReport();
    void setStatus(const QString &text, bool error = false);
    void retranslate();
    std::optional<Offer> selectedOffer() const;

    QPointer<DeskBackend> m_backend;
    std::function<qint64()> m_now;
    QList<Offer> m_offers;
    QList<OfferReportRow> m_reportRows;
    bool m_loaded = false;
    bool m_reportLoaded = false;
    quint64 m_generation = 0;
    quint64 m_reportGeneration = 0;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_editHeading = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_marginLabel = nullptr;
    QSpinBox *m_margin = nullptr;
    QLabel *m_cooldownLabel = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QLabel *m_validUntilLabel = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_newOffer = nullptr;
    QPushButton *m_editOffer = nullptr;
    QPointer<OfferEditorDialog> m_editor;
    QString m_selectAfterLoad; // an offer the editor just saved
    QLabel *m_status = nullptr;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QTableWidget *m_report = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ContactDesk
