#pragma once

#include <QDateEdit>

namespace anju {

// A yyyy-MM-dd date field with a calendar popup that may also stay empty ("Not set"). An empty field is
// a null QDate; its lowest date stands for it, as Qt's special value text does.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate value() const; // null when not set
    void setValue(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    static bool isSeparator(const QString& text);

    // True right after a digit filled a section and Qt moved on by itself, so that a separator typed
    // next ("2019-06-30" typed in full) is not taken as "skip the next section".
    bool m_advancedBySelf = false;
};

} // namespace anju
