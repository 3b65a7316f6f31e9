#include "valuemerge.h"

#include "relatedentry.h"
#include "storyschema.h"

#include <algorithm>

namespace Storydesk::ValueMerge {

namespace {

bool same(const YamlValue *a, const YamlValue *b)
{
    return (!a && !b) || (a && b && a->sameAs(*b));
}

std::optional<YamlValue> copy(const YamlValue *v)
{
    return v ? std::optional<YamlValue>(*v) : std::nullopt;
}

// A value from THEIRS written into OURS: quoting left to OURS' style for the key.
YamlValue restyled(YamlValue v)
{
    if (v.isScalar())
        v.setQuoting(YamlValue::Quoting::None);
    for (YamlValue &item : v.items())
        item = restyled(item);
    for (auto &entry : v.entries())
        entry.second = restyled(entry.second);
    return v;
}

Outcome conflict()
{
    return Outcome{true, std::nullopt};
}

bool isListOrAbsent(const YamlValue *v)
{
    return !v || v->isSequence() || v->isNull();
}

QList<YamlValue> itemsOf(const YamlValue *v)
{
    return v && v->isSequence() ? v->items() : QList<YamlValue>{};
}

bool contains(const QList<YamlValue> &list, const YamlValue &v)
{
    return std::any_of(list.cbegin(), list.cend(), [&v](const YamlValue &item) { return item.sameAs(v); });
}

// Topics as sets: OURS' order less what THEIRS removed, then THEIRS' additions.
Outcome mergeSet(const YamlValue *base, const YamlValue *ours, const YamlValue *theirs)
{
    const QList<YamlValue> b = itemsOf(base);
    const QList<YamlValue> o = itemsOf(ours);
    const QList<YamlValue> t = itemsOf(theirs);
    QList<YamlValue> result;
    for (const YamlValue &item : o) {
        if (!(contains(b, item) && !contains(t, item)) && !contains(result, item))
            result.append(item);
    }
    for (const YamlValue &item : t) {
        if (!contains(b, item) && !contains(result, item))
            result.append(restyled(item));
    }
    return Outcome{false, YamlValue::sequence(result)};
}

Outcome mergeMap(const YamlValue *base, const YamlValue &ours, const YamlValue &theirs);

Outcome mergeValue(const QString &key, const YamlValue *base, const YamlValue *ours, const YamlValue *theirs, bool top);

// Maps key by key: OURS' keys in OURS' order, then the keys only THEIRS has.
Outcome mergeMap(const YamlValue *base, const YamlValue &ours, const YamlValue &theirs)
{
    const YamlValue *b = base && base->isMap() ? base : nullptr;
    QList<YamlValue::Entry> entries;
    for (const auto &[key, value] : ours.entries()) {
        const Outcome r = mergeValue(key, b ? b->find(key) : nullptr, &value, theirs.find(key), false);
        if (r.conflict)
            return conflict();
        if (r.value)
            entries.append({key, *r.value});
    }
    for (const auto &[key, value] : theirs.entries()) {
        if (ours.find(key))
            continue;
        const Outcome r = mergeValue(key, b ? b->find(key) : nullptr, nullptr, &value, false);
        if (r.conflict)
            return conflict();
        if (r.value)
            entries.append({key, *r.value});
    }
    return Outcome{false, YamlValue::map(entries)};
}

// A related entry is the one with the same webUrl (compared as the app compares links);
// an entry without one is only ever the same as an identical entry.
qsizetype indexOfEntry(const QList<YamlValue> &list, const YamlValue &entry)
{
    const QString url = RelatedEntry::webUrl(entry);
    if (!url.isEmpty())
        return RelatedEntry::indexOfWebUrl(list, url);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).sameAs(entry))
            return i;
    }
    return -1;
}

// `entry` with OURS' spelling of its webUrl: links the app takes for the same are no change.
YamlValue withUrlOf(YamlValue entry, const YamlValue &ours)
{
    const YamlValue *url = ours.isMap() ? ours.find(QStringLiteral("webUrl")) : nullptr;
    YamlValue *own = entry.isMap() ? entry.find(QStringLiteral("webUrl")) : nullptr;
    if (url && own && own->isScalar() && url->isScalar()
        && RelatedEntry::normalizedUrl(own->text()) == RelatedEntry::normalizedUrl(url->text()))
        *own = *url;
    return entry;
}

Outcome mergeEntry(const YamlValue *base, const YamlValue &ours, const YamlValue &theirsAsWritten)
{
    const YamlValue theirs = withUrlOf(theirsAsWritten, ours);
    if (ours.sameAs(theirs))
        return Outcome{false, ours};
    if (!ours.isMap() || !theirs.isMap())
        return conflict();
    if (!base)
        return mergeMap(nullptr, ours, theirs);
    const YamlValue baseEntry = withUrlOf(*base, ours);
    return mergeMap(&baseEntry, ours, theirs);
}

// Related entries: OURS' entries in OURS' order (each merged field by field with THEIRS'),
// less those THEIRS removed; THEIRS' additions after the entry they follow in THEIRS (and
// after OURS' own additions there). An entry edited on one side and removed on the other
// is a conflict.
Outcome mergeRelated(const YamlValue *base, const YamlValue *ours, const YamlValue *theirs)
{
    const QList<YamlValue> b = itemsOf(base);
    const QList<YamlValue> o = itemsOf(ours);
    const QList<YamlValue> t = itemsOf(theirs);
    QList<YamlValue> result;
    QList<bool> oursAdded;
    for (const YamlValue &entry : o) {
        const qsizetype bi = indexOfEntry(b, entry);
        const qsizetype ti = indexOfEntry(t, entry);
        if (bi >= 0 && ti < 0) {
            if (!entry.sameAs(b.at(bi)))
                return conflict();
            continue;
        }
        if (ti >= 0) {
            const Outcome r = mergeEntry(bi >= 0 ? &b.at(bi) : nullptr, entry, t.at(ti));
            if (r.conflict)
                return conflict();
            result.append(*r.value);
        } else {
            result.append(entry);
        }
        oursAdded.append(bi < 0 && ti < 0);
    }
    for (const YamlValue &entry : b) {
        const qsizetype ti = indexOfEntry(t, entry);
        if (indexOfEntry(o, entry) < 0 && ti >= 0 && !t.at(ti).sameAs(entry))
            return conflict();
    }
    const auto skipOursAdded = [&](qsizetype at) {
        while (at < result.size() && oursAdded.at(at))
            ++at;
        return at;
    };
    qsizetype insertAt = skipOursAdded(0);
    for (const YamlValue &entry : t) {
        const qsizetype ri = indexOfEntry(result, entry);
        if (ri >= 0) {
            insertAt = skipOursAdded(ri + 1);
        } else if (indexOfEntry(b, entry) < 0) {
            result.insert(insertAt, restyled(entry));
            oursAdded.insert(insertAt, false);
            ++insertAt;
        }
    }
    return Outcome{false, YamlValue::sequence(result)};
}

Outcome mergeValue(const QString &key, const YamlValue *base, const YamlValue *ours, const YamlValue *theirs, bool top)
{
    if (same(ours, theirs))
        return Outcome{false, copy(ours)};
    if (same(base, ours))
        return Outcome{false, theirs ? std::optional<YamlValue>(restyled(*theirs)) : std::nullopt};
    if (same(base, theirs))
        return Outcome{false, copy(ours)};
    if (!ours || !theirs)
        return conflict();   // changed on one side, removed on the other
    if (top && key == StorySchema::Topics && isListOrAbsent(base) && isListOrAbsent(ours) && isListOrAbsent(theirs))
        return mergeSet(base, ours, theirs);
    if (top && key == StorySchema::Related && isListOrAbsent(base) && isListOrAbsent(ours) && isListOrAbsent(theirs))
        return mergeRelated(base, ours, theirs);
    if (ours->isMap() && theirs->isMap() && (!base || base->isMap() || base->isNull()))
        return mergeMap(base, *ours, *theirs);
    return conflict();
}

} // namespace

Outcome merge(const QString &key, const YamlValue *base, const YamlValue *ours, const YamlValue *theirs)
{
    return mergeValue(key, base, ours, theirs, true);
}

} // namespace Storydesk::ValueMerge
