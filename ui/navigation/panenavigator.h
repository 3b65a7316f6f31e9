#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace Storydesk {

// F6 and Shift+F6: the keyboard goes from pane to pane of the window (the facets, the story
// list, the preview, the form, the source, the docks, floating ones too), in reading order
// and round, as in KDE applications. A pane gets back the field that had the focus when the
// keyboard left it.
class PaneNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneNavigator)

public:
    struct Pane
    {
        QWidget *area;                      // the pane: the focus anywhere in it is "in" it
        QWidget *entry;                     // where the keyboard lands the first time
        std::function<bool()> isAvailable;  // empty: while `area` is not hidden
        std::function<void()> raise;        // brings the pane to the front (a tab, a dock)
    };

    explicit PaneNavigator(QObject *parent = nullptr);

    // Panes are visited in the order added.
    void addPane(const Pane &pane);
    // The pane holding `widget`, or -1.
    int paneOf(const QWidget *widget) const;

    void focusNext() { move(+1); }
    void focusPrevious() { move(-1); }
    // Puts the keyboard in pane `index` (raised first, its window activated), on the field
    // it last had. False when nothing in the pane can take the keyboard.
    bool focusPane(int index);

private:
    void move(int step);
    bool isAvailable(int index) const;
    void focusChanged(QWidget *old, QWidget *now);

    QList<Pane> m_panes;
    QList<QPointer<QWidget>> m_lastFocus;
    bool m_raising = false;
};

} // namespace Storydesk
