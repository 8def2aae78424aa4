#include "party/MemberFilterBar.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PartyMemberModel.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

namespace anju {

namespace {

constexpr int Any = -1;

// The ages each band of the charts covers, as the filter's bounds (-1: open).
QPair<int, int> agesOf(party::AgeBand band)
{
    switch (band) {
    case party::AgeBand::UpTo30:
        return {-1, 30};
    case party::AgeBand::From31To40:
        return {31, 40};
    case party::AgeBand::From41To50:
        return {41, 50};
    case party::AgeBand::From51To60:
        return {51, 60};
    case party::AgeBand::From61To70:
        return {61, 70};
    case party::AgeBand::Over70:
        return {71, -1};
    }
    return {-1, -1};
}

template <typename E> void fill(QComboBox* combo, const QString& anyText)
{
    combo->addItem(anyText, Any);
    for (const auto& info : enumInfos<E>())
        combo->addItem(enumLabel(info.value), static_cast<int>(info.value));
}

template <typename E> std::optional<E> chosen(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value == Any ? std::nullopt : std::optional<E>(static_cast<E>(value));
}

} // namespace

MemberFilterBar::MemberFilterBar(PartyMemberModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("memberStage"));
    fill<party::DevelopmentStage>(m_stage, tr("All stages"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("memberState"));
    // Unset in the filter means the members the branch has now: normal and mobile.
    fill<party::MemberState>(m_state, tr("On the roll"));
    m_state->setItemData(0, tr("Normal and mobile members"), Qt::ToolTipRole);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("memberSex"));
    m_sex->addItem(tr("Both sexes"), Any);
    m_sex->addItem(enumLabel(Sex::Male), static_cast<int>(Sex::Male));
    m_sex->addItem(enumLabel(Sex::Female), static_cast<int>(Sex::Female));
    m_age = new QComboBox(this);
    m_age->setObjectName(QStringLiteral("memberAge"));
    fill<party::AgeBand>(m_age, tr("All ages"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name or ID number"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 60);
    // Five fields in a row must fit a 1280-pixel screen beside the organisation tree.
    for (QWidget* field : std::initializer_list<QWidget*>{m_stage, m_state, m_sex, m_age})
        ScreenFit::letShrink(field, 4);
    ScreenFit::letShrink(m_search, 6);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [this, layout](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(6);
    };
    addLabelled(tr("St&age:"), m_stage);
    addLabelled(tr("S&tate:"), m_state);
    addLabelled(tr("Se&x:"), m_sex);
    addLabelled(tr("A&ge:"), m_age);
    layout->addWidget(m_search, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_model->setText(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_model->setText(m_search->text());
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &MemberFilterBar::applyStage);
    connect(m_state, &QComboBox::currentIndexChanged, this, &MemberFilterBar::applyState);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &MemberFilterBar::applySex);
    connect(m_age, &QComboBox::currentIndexChanged, this, &MemberFilterBar::applyAge);
}

void MemberFilterBar::applyStage()
{
    m_model->setStage(chosen<party::DevelopmentStage>(m_stage));
}

void MemberFilterBar::applyState()
{
    m_model->setState(chosen<party::MemberState>(m_state));
}

void MemberFilterBar::applySex()
{
    m_model->setSex(chosen<Sex>(m_sex));
}

void MemberFilterBar::applyAge()
{
    const std::optional<party::AgeBand> band = chosen<party::AgeBand>(m_age);
    const QPair<int, int> ages = band ? agesOf(*band) : QPair<int, int>(-1, -1);
    m_model->setAgeRange(ages.first, ages.second);
}

void MemberFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace anju
