#pragma once

#include <Qt>

namespace Storydesk {

// Item data roles of the facets sidebar's model, shared by the model and the dock.
enum FacetRole {
    FacetIdRole = Qt::UserRole,  // int: the Facet of an item or section; -1 for desks
    ItemIdRole,                  // QString: the item's id (see StoryFacets), or the desk's name
    CountRole,                   // int: stories in the item (or matching the desk); -1 unknown
    SelectedRole,                // bool: the item is chosen
    IsSectionRole,               // bool: a section heading (Desks, Topics, …)
};

} // namespace Storydesk
