#include "help/ManualWindow.h"

#include "help/ManualLocation.h"
#include "widgets/ScreenFit.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace anju {

namespace {

constexpr int MaxPictureWidth = 880;

// The window's pictures are 1366 pixels wide: shown scaled to the page rather than with a scroll bar.
class ManualBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl& name) override
    {
        const QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        const QImage image = resource.typeId() == QMetaType::QByteArray
                                 ? QImage::fromData(resource.toByteArray())
                                 : qvariant_cast<QImage>(resource);
        if (image.isNull() || image.width() <= MaxPictureWidth)
            return resource;
        return image.scaledToWidth(MaxPictureWidth, Qt::SmoothTransformation);
    }
};

} // namespace

ManualWindow::ManualWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Anju manual"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/anju.svg")));
    ScreenFit::resize(this, QSize(960, 720)); // no taller than a 1366×768 laptop's screen

    m_browser = new ManualBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    // Pages of the manual only; a web address is not followed (offices often have no network).
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    // Read comfortably by people who are not all young: a larger font than the window's.
    QFont font = m_browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_browser->setFont(font);

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* contents = tools->addAction(tr("Contents"), this, [this] { showChapter(); });
    contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction* back = tools->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction* forward = tools->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction* close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_browser, 1);

    m_directory = ManualLocation::directory();
    if (m_directory.isEmpty())
        showMissing();
    else
        showChapter();
}

QUrl ManualWindow::source() const
{
    return m_directory.isEmpty() ? QUrl() : m_browser->source();
}

void ManualWindow::showChapter(const QString& fileName)
{
    if (m_directory.isEmpty())
        return;
    const QString file =
        QDir(m_directory).filePath(fileName.isEmpty() ? QStringLiteral("index.md") : fileName);
    m_browser->setSource(QUrl::fromLocalFile(file), QTextDocument::MarkdownResource);
}

void ManualWindow::showMissing()
{
    QString places;
    for (const QString& place : ManualLocation::candidates())
        places += QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(place).toHtmlEscaped());
    m_browser->setHtml(tr("<h2>The manual is not installed</h2>"
                          "<p>Anju looked for it in:</p><ul>%1</ul>"
                          "<p>It comes with the anju package; ask the administrator to install the package "
                          "again.</p>")
                           .arg(places));
}

} // namespace anju
