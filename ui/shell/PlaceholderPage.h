#pragma once

#include <QWidget>

namespace anju {

// Stands in for a workflow that a later version builds: says so plainly, and what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& iconPath, const QString& title, const QString& description,
                    QWidget* parent = nullptr);
};

} // namespace anju
