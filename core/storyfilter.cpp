#include "storyfilter.h"

#include "storyschema.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <cstring>

namespace Storydesk {

namespace {

inline constexpr QLatin1StringView PublishedKey{"published"};
inline constexpr QLatin1StringView QualityKey{"quality"};
inline constexpr QLatin1StringView HeatKey{"heat"};
inline constexpr QLatin1StringView TopicKey{"topic"};
inline constexpr QLatin1StringView ProviderKey{"provider"};

bool isFieldKey(QStringView key)
{
    static constexpr std::array keys{PublishedKey, QualityKey, HeatKey, TopicKey, ProviderKey};
    for (const QLatin1StringView known : keys) {
        if (key.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// One lexical piece of a filter text. Kept apart from the terms so that the query language
// can grow (operators, parentheses) by adding token kinds, not by rewriting the scanner.
struct Token
{
    enum class Kind { Word, Phrase, Field };
    Kind kind = Kind::Word;
    QString key;                  // Field: the key as typed, e.g. "quality"
    QString value;                // Word and Phrase: the text; Field: the value, unquoted
    qsizetype position = 0;       // index of the token's first character
    qsizetype valuePosition = 0;  // Field: index of the value's first character
};

class Tokenizer
{
public:
    explicit Tokenizer(QStringView text) : m_text(text) {}

    // The next token; false at the end of the text or on error (then error->position >= 0).
    bool next(Token *token, StoryFilter::ParseError *error)
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= m_text.size())
            return false;

        *token = Token();
        token->position = m_pos;
        if (m_text.at(m_pos) == QLatin1Char('"')) {
            token->kind = Token::Kind::Phrase;
            return readQuoted(&token->value, error);
        }

        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != QLatin1Char(':'))
            ++m_pos;
        const QStringView head = m_text.sliced(start, m_pos - start);
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(':') && isFieldKey(head)) {
            ++m_pos;
            token->kind = Token::Kind::Field;
            token->key = head.toString().toLower();
            token->valuePosition = m_pos;
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                token->valuePosition = m_pos + 1;
                return readQuoted(&token->value, error);
            }
            token->value = readBare().toString();
            return true;
        }
        // Not a field: the whole run up to the next space is a word, colons included.
        m_pos = start;
        token->value = readBare().toString();
        return true;
    }

private:
    QStringView readBare()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    // Reads "..." starting at the opening quote; \" and \\ stand for themselves.
    bool readQuoted(QString *value, StoryFilter::ParseError *error)
    {
        const qsizetype open = m_pos++;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"'))
                return true;
            if (c == QLatin1Char('\\') && m_pos < m_text.size())
                value->append(m_text.at(m_pos++));
            else
                value->append(c);
        }
        error->position = open;
        error->message = QStringLiteral("unterminated quote: add a closing '\"'");
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

bool fail(StoryFilter::ParseError *error, qsizetype position, const QString &message)
{
    error->position = position;
    error->message = message;
    return false;
}

// quality:>=60 and friends: an optional comparison operator, then a whole number 0-100.
bool parseComparison(const Token &token, StoryFilter::Comparison *comparison, int *value,
                     StoryFilter::ParseError *error)
{
    using C = StoryFilter::Comparison;
    struct Operator { QLatin1StringView text; C comparison; };
    // Two-character operators first, so ">=" is not read as ">" followed by "=60".
    static constexpr std::array operators{
        Operator{QLatin1StringView(">="), C::GreaterOrEqual}, Operator{QLatin1StringView("<="), C::LessOrEqual},
        Operator{QLatin1StringView(">"), C::Greater}, Operator{QLatin1StringView("<"), C::Less},
        Operator{QLatin1StringView("="), C::Equal}};
    QStringView rest = token.value;
    *comparison = C::Equal;
    for (const Operator &op : operators) {
        if (rest.startsWith(op.text)) {
            *comparison = op.comparison;
            rest = rest.sliced(op.text.size());
            break;
        }
    }
    const qsizetype numberPosition = token.valuePosition + (token.value.size() - rest.size());
    const std::optional<qint64> number = rest.isEmpty() ? std::nullopt : StorySchema::parseInt(rest);
    if (!number || *number < 0 || *number > 100) {
        return fail(error, numberPosition,
                    QStringLiteral("%1: expects a number from 0 to 100, as in %1:>=60").arg(token.key));
    }
    *value = int(*number);
    return true;
}

void appendFolded(QString *out, QChar c)
{
    // Non-spacing marks are the accents NFKD split off: dropping them makes "é" match "e".
    if (c.category() != QChar::Mark_NonSpacing)
        out->append(c.toCaseFolded());
}

} // namespace

StoryFilter StoryFilter::parse(QStringView text, ParseError *error)
{
    ParseError localError;
    ParseError *err = error ? error : &localError;
    *err = ParseError();

    StoryFilter filter;
    Tokenizer tokenizer(text);
    Token token;
    while (tokenizer.next(&token, err)) {
        if (token.kind != Token::Kind::Field) {
            filter.requireWords(token.value);
            continue;
        }
        if (token.value.isEmpty()) {
            fail(err, token.valuePosition, QStringLiteral("%1: needs a value after the colon").arg(token.key));
            break;
        }
        if (token.key == PublishedKey) {
            const std::optional<bool> published = StorySchema::parseBool(token.value);
            if (!published) {
                fail(err, token.valuePosition, QStringLiteral("published: expects true or false"));
                break;
            }
            filter.requirePublished(*published);
        } else if (token.key == QualityKey || token.key == HeatKey) {
            Comparison comparison = Comparison::Equal;
            int value = 0;
            if (!parseComparison(token, &comparison, &value, err))
                break;
            filter.requireScore(token.key == QualityKey ? Score::Quality : Score::Heat, comparison, value);
        } else if (token.key == TopicKey) {
            filter.requireTopic(token.value);
        } else {
            filter.requireProvider(token.value);
        }
    }
    if (err->position >= 0)
        return StoryFilter();
    return filter;
}

void StoryFilter::requireWords(QStringView text)
{
    // A phrase stays one term ("city council" must appear as such); folding keeps its spaces.
    const QByteArray folded = fold(text.trimmed()).toUtf8();
    if (folded.isEmpty())
        return;
    Term term;
    term.kind = Term::Kind::Word;
    term.foldedWord = folded;
    m_terms.append(term);
}

void StoryFilter::requirePublished(bool published)
{
    Term term;
    term.kind = Term::Kind::Published;
    term.published = published;
    m_terms.append(term);
}

void StoryFilter::requireScore(Score score, Comparison comparison, int value)
{
    Term term;
    term.kind = Term::Kind::Score;
    term.score = score;
    term.comparison = comparison;
    term.value = value;
    m_terms.append(term);
}

void StoryFilter::requireTopic(const QString &topic)
{
    Term term;
    term.kind = Term::Kind::Topic;
    term.text = topic;
    m_terms.append(term);
}

void StoryFilter::requireProvider(const QString &provider)
{
    Term term;
    term.kind = Term::Kind::Provider;
    term.text = provider;
    m_terms.append(term);
}

void StoryFilter::requireAll(const StoryFilter &other)
{
    m_terms.append(other.m_terms);
}

bool StoryFilter::narrows(const StoryFilter &other) const
{
    for (const Term &wanted : other.m_terms) {
        const bool implied = std::any_of(m_terms.cbegin(), m_terms.cend(),
                                         [&wanted](const Term &term) { return term.implies(wanted); });
        if (!implied)
            return false;
    }
    return true;
}

bool StoryFilter::Term::implies(const Term &other) const
{
    // A text containing "facial" contains "fac". Other terms only imply themselves.
    if (kind == Kind::Word && other.kind == Kind::Word)
        return foldedWord.contains(other.foldedWord);
    return *this == other;
}

bool StoryFilter::matches(const StorySummary &story) const
{
    if (m_terms.isEmpty())
        return true;
    for (const Term &term : m_terms) {
        if (!term.matches(story))
            return false;
    }
    return true;
}

bool StoryFilter::Term::matches(const StorySummary &story) const
{
    switch (kind) {
    case Kind::Word:
        // glibc's memmem is several times faster than QByteArrayView::contains() in Qt 6.4
        // on short needles, and this runs for every row on every keystroke.
        return ::memmem(story.searchKey.constData(), size_t(story.searchKey.size()), foldedWord.constData(),
                        size_t(foldedWord.size())) != nullptr;
    case Kind::Published:
        return (story.published == StorySummary::Published::Yes) == published;
    case Kind::Score: {
        const qint16 actual = score == Score::Quality ? story.quality : story.heat;
        if (actual < 0)
            return false;
        switch (comparison) {
        case Comparison::Less: return actual < value;
        case Comparison::LessOrEqual: return actual <= value;
        case Comparison::Equal: return actual == value;
        case Comparison::GreaterOrEqual: return actual >= value;
        case Comparison::Greater: return actual > value;
        }
        return false;
    }
    case Kind::Topic:
        for (const QString &topic : story.topics) {
            if (topic.compare(text, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Kind::Provider:
        return story.providerName.compare(text, Qt::CaseInsensitive) == 0
            || story.providerDomain.compare(text, Qt::CaseInsensitive) == 0;
    }
    return false;
}

QString StoryFilter::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            // The common case, kept cheap: ASCII needs only lowercasing.
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
        } else if (c.isSurrogate()) {
            out.append(c); // outside the BMP: no accents to drop that matter to editors
        } else if (c.decompositionTag() == QChar::NoDecomposition) {
            appendFolded(&out, c);
        } else {
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
            for (const QChar d : decomposed)
                appendFolded(&out, d);
        }
    }
    return out;
}

int StoryFilter::compareTitles(const StorySummary &a, const StorySummary &b)
{
    // The key starts with the folded title and a newline, lower than any text, so comparing
    // whole keys orders by title first; byte order of UTF-8 is code point order. Titles
    // that fold alike go on to the excerpts: a harmless tie-break, and one memcmp() instead
    // of a second pass over both titles, which sorting 100,000 rows notices.
    if (const int c = QByteArrayView(a.searchKey).compare(QByteArrayView(b.searchKey)))
        return c;
    return a.title.compare(b.title);
}

QByteArray StoryFilter::searchKeyOf(const StorySummary &story)
{
    // Fields are separated by newlines, which a typed word never contains, so a word
    // cannot match across the end of the title and the start of the excerpt.
    QString text = fold(story.title);
    text += QLatin1Char('\n') + fold(story.excerpt);
    text += QLatin1Char('\n') + fold(story.providerName);
    text += QLatin1Char('\n') + fold(story.providerDomain);
    for (const QString &topic : story.topics)
        text += QLatin1Char('\n') + fold(topic);
    return text.toUtf8();
}

} // namespace Storydesk
