#pragma once

#include <QSpinBox>

#include <optional>

namespace Storydesk {

// A 0–100 score field that can also show "no value": a story without a quality, or a
// selection whose stories differ. Only what the editor types or steps is reported, so
// showing a story's value never reads as an edit.
class QualitySpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QualitySpinBox)

public:
    explicit QualitySpinBox(QWidget *parent = nullptr);

    // Shows `quality`, or "—" for nullopt, without emitting qualityEdited().
    void setQuality(std::optional<int> quality);
    std::optional<int> quality() const;
    // What assistive technology reads for `quality`: "69 of 100", or "No value".
    static QString valueDescription(std::optional<int> quality);

Q_SIGNALS:
    void qualityEdited(int quality);

private:
    void valueEdited(int value);
    void describeValue(int value);

    bool m_showing = false;
};

} // namespace Storydesk
