#include "qualityspinbox.h"

#include <QScopedValueRollback>

namespace Storydesk {

namespace {

// "No value" sits one step below the range, where QSpinBox shows its special value text.
constexpr int NoValue = -1;

} // namespace

QualitySpinBox::QualitySpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(0, 100);
    setAccelerated(true);
    connect(this, &QSpinBox::valueChanged, this, &QualitySpinBox::valueEdited);
    connect(this, &QSpinBox::valueChanged, this, &QualitySpinBox::describeValue);
    describeValue(value());
}

QString QualitySpinBox::valueDescription(std::optional<int> quality)
{
    return quality ? tr("%1 of 100", "accessible description of a quality score").arg(*quality)
                   : tr("No value", "accessible description of a quality field without one value");
}

void QualitySpinBox::describeValue(int value)
{
    // A screen reader says the name, the role and this: "Quality, spin box, 69 of 100", and
    // not the dash that stands for "no value".
    setAccessibleDescription(valueDescription(value == NoValue ? std::nullopt : std::optional<int>(value)));
}

void QualitySpinBox::setQuality(std::optional<int> quality)
{
    const QScopedValueRollback showing(m_showing, true);
    if (quality) {
        if (minimum() == NoValue) {
            setSpecialValueText({});
            setMinimum(0);
        }
        if (value() != *quality)
            setValue(*quality);
        return;
    }
    if (minimum() != NoValue) {
        setMinimum(NoValue);
        setSpecialValueText(tr("—", "no value, or different values across the selected stories"));
    }
    setValue(NoValue);
}

std::optional<int> QualitySpinBox::quality() const
{
    return value() == NoValue ? std::nullopt : std::optional<int>(value());
}

void QualitySpinBox::valueEdited(int value)
{
    if (m_showing || value == NoValue)
        return;
    // The first edit leaves "no value" for good: stepping down must not come back to it.
    if (minimum() == NoValue) {
        const QScopedValueRollback showing(m_showing, true);
        setSpecialValueText({});
        setMinimum(0);
    }
    Q_EMIT qualityEdited(value);
}

} // namespace Storydesk
