#pragma once

#include "widgets/FieldError.h"
#include "work/WorkTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace anju {

class Database;
class PersonSearchBox;

// 登记就业: one job of a person found from the keyboard (EmploymentService::recordJob). The channel shows the
// fields it names — the workshop or the post of the person's site, the destination with a broker or a
// transport batch, the project or the park — and hides the others. validate() asks core (a dry run of the
// service: every rule and the permission) and shows each refusal at its field.
class JobDialog : public QDialog
{
    Q_OBJECT

public:
    JobDialog(const Database& db, QDate day, QWidget* parent = nullptr);

    PersonSearchBox* personBox() const { return m_person; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* workshopBox() const { return m_workshop; }
    QComboBox* postBox() const { return m_post; }
    QComboBox* brokerBox() const { return m_broker; }
    QComboBox* batchBox() const { return m_batch; }
    QLineEdit* provinceEdit() const { return m_province; }
    QLineEdit* cityEdit() const { return m_city; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* employerEdit() const { return m_employer; }
    QDoubleSpinBox* incomeEdit() const { return m_income; }
    QDateEdit* startEdit() const { return m_start; }
    // Whether the form shows a field now (the channel hides what it does not name).
    bool isFieldShown(QWidget* field) const;

    void setChannel(work::Channel channel);
    // The job as the form holds it.
    work::Employment draft() const;
    // Core's checks of the form, each refusal shown at its field; true when it may be saved.
    bool validate();

public slots:
    void accept() override;

signals:
    void saved(const anju::work::Employment& job);

private:
    // The places of the chosen person's site (all the user may see before a person is chosen) open on the
    // first day.
    void loadPlaces();
    void showChannelFields();

    const Database& m_db;
    qint64 m_siteId = 0;
    QFormLayout* m_form = nullptr;
    PersonSearchBox* m_person = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_workshop = nullptr;
    QComboBox* m_post = nullptr;
    QComboBox* m_broker = nullptr;
    QComboBox* m_batch = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_place = nullptr;
    QLabel* m_placeLabel = nullptr;
    QLineEdit* m_employer = nullptr;
    QDoubleSpinBox* m_income = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
