#include "import/ImportProgressPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

ImportProgressPage::ImportProgressPage(QWidget* parent) : QWidget(parent)
{
    m_working = new QLabel(this);
    m_working->setObjectName(QStringLiteral("importWorking"));
    m_working->setAlignment(Qt::AlignCenter);
    m_working->setWordWrap(true);
    QFont bigger = m_working->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_working->setFont(bigger);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 0, 48, 0);
    layout->addStretch(2);
    layout->addWidget(m_working);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addStretch(3);
}

void ImportProgressPage::start(const QString& what, const QString& hint)
{
    m_working->setText(what);
    m_hint->setText(hint);
    m_progress->setRange(0, 0); // busy until the first figures arrive
}

void ImportProgressPage::setWhat(const QString& what)
{
    m_working->setText(what);
}

void ImportProgressPage::progressed(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, Steps);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * Steps / total, 0, Steps)));
}

} // namespace anju
