#include "widgets/ExportedFileBar.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>

namespace anju {

ExportedFileBar::ExportedFileBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("exportedFileBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("exportedFileText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_openFile = new QPushButton(tr("&Open file"), this);
    m_openFile->setObjectName(QStringLiteral("openExportedFile"));
    m_openFolder = new QPushButton(tr("Open &folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openExportedFolder"));
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Hide this line"));
    close->setAutoRaise(true);
    for (QPushButton* button : {m_openFile, m_openFolder})
        button->setAutoDefault(false);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_openFile);
    row->addWidget(m_openFolder);
    row->addWidget(close);
    connect(m_openFile, &QPushButton::clicked, this, &ExportedFileBar::openFile);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportedFileBar::openFolder);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ExportedFileBar::showFile(const QString& path, const QString& message)
{
    m_path = path;
    m_text->setText(message);
    m_text->setToolTip(QDir::toNativeSeparators(path));
    show();
}

QString ExportedFileBar::text() const
{
    return m_text->text();
}

void ExportedFileBar::openFile()
{
    open(m_path);
}

void ExportedFileBar::openFolder()
{
    open(QFileInfo(m_path).absolutePath());
}

void ExportedFileBar::open(const QString& path)
{
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit statusMessage(tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace anju
