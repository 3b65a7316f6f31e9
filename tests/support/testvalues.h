#pragma once

#include "yamlpath.h"
#include "yamlvalue.h"

namespace Storydesk::TestValues {

// Terse literals for test tables: path("related.0.title"), json(R"(["AI","Policy"])").
// Both abort the test on a malformed literal: that is a mistake in the test itself.
YamlPath path(const char *dotted);
YamlValue json(const char *text);

} // namespace Storydesk::TestValues
