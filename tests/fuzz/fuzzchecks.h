#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace YAML {
class Node;
}

namespace Storydesk::FuzzChecks {

// The engine's invariants, checked on arbitrary input. Each returns an empty string when
// they hold and a description of the broken one otherwise. The libFuzzer targets abort on
// a description; tst_fuzzregressions runs the seeds and every input a fuzzer ever broke
// through the same functions in the ordinary build, so a finding stays fixed.

// Splits and parses `data` as a story file and reads its typed summary: nothing throws or
// crashes, the untouched document writes back byte for byte, and every problem points at
// a line and column inside the file.
QString splitParseAndSummarize(QByteArrayView data);

// Parses the file part of `data`, applies one edit chosen by its last bytes (set a key to
// a scalar, a list or a map, set a nested key, remove a key, insert or move a list item),
// writes it and parses the result again: an accepted edit reads back as exactly the
// intended document with the body untouched; a refused one leaves the bytes as they were.
QString editAndReparse(QByteArrayView data);

// Reads `data` as two filter texts, split at the first NUL (what an editor typed, then what
// they typed next): each parses or reports an error at a position inside its text; parsing
// is deterministic; and when the second claims to narrow the first (the table then checks
// only the rows the first matched), no story of a fixed, varied set matches the second
// without matching the first. A wrong "narrows" would hide rows while the editor types.
QString parseAndMatchQueries(QByteArrayView data);

// Reads `data` as a fetched page: its first line the HTTP Content-Type, its second the
// page's address, the rest the page's bytes (fuzzpagechecks.cpp). PageMetadata::parse never
// crashes or reads past the page, gives the same answer twice, returns plain text (no
// control characters, whitespace collapsed, no lone surrogates or noncharacters) and
// only absolute http(s) pictures, with a size only beside a picture.
QString parsePageMetadata(QByteArrayView data);

// Reads `data` (and the front matter split from it, when it has one) with libyaml through
// LibYamlEventSource and with yaml-cpp's own parser (fuzzeventchecks.cpp): whenever the fast
// source accepts a text, yaml-cpp reads it too and sends exactly the same events, marks,
// anchors, tags and values. Where they could differ the source must decline, so that the
// summary reader falls back to yaml-cpp. Where it accepts, FrontMatterLoader builds from its
// events the tree YAML::Load builds.
QString libyamlAgreesWithYamlCpp(QByteArrayView data);
// Where two yaml-cpp trees differ (type, tag, value, the order of a map's pairs), as a path
// into them; empty when they are alike.
QString treeDifference(const YAML::Node &a, const YAML::Node &b);

// Reads `data`, after the header every snapshot of this build starts with, as a
// SummarySnapshot (fuzzsnapshotchecks.cpp): it opens and reads, or is refused, without a
// crash or a read past its bytes; when it reads, its rows read the same block by block (as
// a reopen's two threads read them), and written again they read back as the same rows.
QString readSnapshot(QByteArrayView data);
// Valid snapshots of 0, 1 and 12 varied rows, without that header: the snapshot target's
// seeds, made by the build that fuzzes them, so they follow its format.
QList<QByteArray> snapshotSeeds();
// That header.
QByteArray snapshotHeader();

} // namespace Storydesk::FuzzChecks
