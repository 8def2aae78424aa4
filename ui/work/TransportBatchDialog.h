#pragma once

#include "widgets/FieldError.h"
#include "work/EmploymentService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace anju {

class Database;
class PersonSearchBox;

// 点对点输送: a transport batch and the site's people on it, typed one after another (an ID number, Enter,
// the next), saved in one call (EmploymentService::recordBatch): the batch and a labour-export job for
// each person, or nothing and a refusal naming each bad person, marked in the list.
class TransportBatchDialog : public QDialog
{
    Q_OBJECT

public:
    TransportBatchDialog(const Database& db, QDate day, qint64 siteId, QWidget* parent = nullptr);

    QComboBox* siteBox() const { return m_site; }
    QDateEdit* departedEdit() const { return m_departed; }
    QLineEdit* provinceEdit() const { return m_province; }
    QLineEdit* cityEdit() const { return m_city; }
    QLineEdit* transportEdit() const { return m_transport; }
    QLineEdit* organiserEdit() const { return m_organiser; }
    QSpinBox* headcountEdit() const { return m_headcount; }
    PersonSearchBox* personBox() const { return m_person; }
    QListWidget* peopleList() const { return m_people; }
    QList<qint64> personIds() const;

    work::BatchDraft draft() const;
    bool validate();

public slots:
    void accept() override;
    void removeCurrentPerson();

signals:
    void saved(const anju::work::RecordedBatch& batch);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addPerson(qint64 personId, const QString& text);
    void markPeople(const Outcome& refused);
    void updateCount();

    const Database& m_db;
    QComboBox* m_site = nullptr;
    QDateEdit* m_departed = nullptr;
    QLineEdit* m_province = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_transport = nullptr;
    QLineEdit* m_organiser = nullptr;
    QSpinBox* m_headcount = nullptr;
    QLineEdit* m_employer = nullptr;
    QDoubleSpinBox* m_income = nullptr;
    QComboBox* m_broker = nullptr;
    PersonSearchBox* m_person = nullptr;
    QListWidget* m_people = nullptr;
    QLabel* m_count = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
