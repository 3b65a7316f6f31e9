#pragma once

#include <Qt>

namespace Storydesk {

// The data roles of a related entry, shared by RelatedListModel, its delegate and the
// entry editor of the story form. Qt::DisplayRole is the title as shown (never empty);
// Qt::EditRole and TitleRole are the title as written.
enum RelatedRole {
    TitleRole = Qt::UserRole + 1,   // QString
    ExcerptRole,                    // QString
    ProviderNameRole,               // QString: the provider's name, or its domain when it has none
    PublishedDateTimeRole,          // QDateTime in UTC; invalid when missing or unreadable
    QualityRole,                    // int 0–100; an invalid QVariant when missing or not a number
    WebUrlRole,                     // QString, untrusted: never opened without checking its scheme
    FetchStatusRole,                // QString: "fetching…" while the entry's page is read, why it
                                    // could not be read after that; empty otherwise
};

} // namespace Storydesk
