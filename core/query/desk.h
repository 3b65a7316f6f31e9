#pragma once

#include "facetselection.h"

#include <QString>

namespace Storydesk {

// A saved view of the story list, such as "Incoming" or "Needs related": the filter
// field's text, the facets chosen in the sidebar and the sort. Kept per site folder in
// .storydesk/desks.yaml (see DeskFile).
struct Desk
{
    QString name;
    QString query;
    FacetSelection facets;
    QString sortColumn;   // a column's name in lowercase ("date", "quality"); empty: unsorted
    bool sortDescending = true;

    friend bool operator==(const Desk &, const Desk &) = default;
};

} // namespace Storydesk
