#pragma once

#include <QComboBox>

namespace anju {

// A county (GB/T 2260 six-digit code): the Shaoyang counties to pick from, and any other code typed in.
// The text may be a code that is not valid; the form's validate() reports it next to the field.
class CountyComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit CountyComboBox(QWidget* parent = nullptr);

    // The code picked or typed (trimmed, not checked), or an empty string.
    QString countyCode() const;
    void setCountyCode(const QString& code);

    // The shipped counties: code and name in the user's language.
    static QList<std::pair<QString, QString>> shippedCounties();
    // The name of a shipped county in the user's language, or an empty string.
    static QString countyName(const QString& code);

private:
    // A typed shipped code shown as "430524  隆回县" once the clerk leaves the field.
    void showNameOfTypedCode();
};

} // namespace anju
