#include "shell/PlaceholderPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace anju {

PlaceholderPage::PlaceholderPage(const QString& iconPath, const QString& title, const QString& description,
                                 QWidget* parent)
    : QWidget(parent)
{
    auto* icon = new QLabel(this);
    const int side = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(side, side)));
    icon->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* notYet = new QLabel(tr("This part of Anju is not built yet in this version."), this);
    notYet->setObjectName(QStringLiteral("placeholderNotice"));
    QFont noticeFont = notYet->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.2);
    notYet->setFont(noticeFont);
    notYet->setAlignment(Qt::AlignCenter);
    notYet->setWordWrap(true);

    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("placeholderDescription"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    QFont textFont = text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    text->setFont(textFont);

    // A column of readable width in the middle of the page; word-wrapped labels get their height from
    // the column's width, which an alignment flag on them would break.
    auto* column = new QVBoxLayout;
    column->addWidget(icon);
    column->addSpacing(fontMetrics().height());
    column->addWidget(heading);
    column->addSpacing(fontMetrics().height() / 2);
    column->addWidget(notYet);
    column->addSpacing(fontMetrics().height() / 3);
    column->addWidget(text);
    auto* columnBox = new QWidget(this);
    columnBox->setLayout(column);
    columnBox->setMaximumWidth(fontMetrics().height() * 34);
    column->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnBox, 100);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

} // namespace anju
