#include "storyfilter.h"

#include "searchkey.h"
#include "storyschema.h"

#include <QDate>
#include <QLatin1StringView>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

// Reading a filter text: the tokenizer and the recursive-descent parser behind
// StoryFilter::parse(). Matching and implication live in storyfilter.cpp.

namespace Storydesk {

namespace {

// The keys a `key:value` term may start with; anything else before a colon is a free word.
enum class Field { Published, Quality, Heat, Related, Date, Topic, Provider, Category, Type, Title, Excerpt, Url, Has, Is, Git, Key };

template<typename T>
struct Name
{
    QLatin1StringView name;
    T value;
};

constexpr std::array FieldNames{
    Name<Field>{QLatin1StringView("published"), Field::Published}, Name<Field>{QLatin1StringView("quality"), Field::Quality},
    Name<Field>{QLatin1StringView("heat"), Field::Heat},           Name<Field>{QLatin1StringView("related"), Field::Related},
    Name<Field>{QLatin1StringView("date"), Field::Date},           Name<Field>{QLatin1StringView("topic"), Field::Topic},
    Name<Field>{QLatin1StringView("provider"), Field::Provider},   Name<Field>{QLatin1StringView("category"), Field::Category},
    Name<Field>{QLatin1StringView("type"), Field::Type},           Name<Field>{QLatin1StringView("title"), Field::Title},
    Name<Field>{QLatin1StringView("excerpt"), Field::Excerpt},     Name<Field>{QLatin1StringView("url"), Field::Url},
    Name<Field>{QLatin1StringView("has"), Field::Has},             Name<Field>{QLatin1StringView("is"), Field::Is},
    Name<Field>{QLatin1StringView("git"), Field::Git},             Name<Field>{QLatin1StringView("field"), Field::Key},
};

template<typename T, size_t N>
std::optional<T> lookUp(const std::array<Name<T>, N> &names, QStringView text)
{
    for (const Name<T> &known : names) {
        if (text.compare(known.name, Qt::CaseInsensitive) == 0)
            return known.value;
    }
    return std::nullopt;
}

template<typename T, size_t N>
QString listOf(const std::array<Name<T>, N> &names)
{
    QString list;
    for (size_t i = 0; i < N; ++i)
        list += (i == 0 ? QString() : i + 1 == N ? QStringLiteral(" or ") : QStringLiteral(", ")) + names[i].name;
    return list;
}

// One lexical piece of a filter text.
struct Token
{
    enum class Kind { Word, Phrase, Field, And, Or, Not, Minus, Open, Close, End };
    Kind kind = Kind::End;
    Field field = Field::Published;
    QString key;                  // Field: the key as typed, lowercased
    QString value;                // Word and Phrase: the text; Field: the value, unquoted
    qsizetype position = 0;       // index of the token's first character
    qsizetype valuePosition = 0;  // Field: index of the value's first character

    // Whether a term may start here (what an operator needs after it).
    bool startsTerm() const
    {
        return kind == Kind::Word || kind == Kind::Phrase || kind == Kind::Field || kind == Kind::Not
            || kind == Kind::Minus || kind == Kind::Open;
    }
};

bool fail(StoryFilter::ParseError *error, qsizetype position, const QString &message)
{
    error->position = position;
    error->message = message;
    return false;
}

class Tokenizer
{
public:
    explicit Tokenizer(QStringView text) : m_text(text) {}

    // Every token up to and including End; false on error (then error->position >= 0).
    bool tokenize(QList<Token> *tokens, StoryFilter::ParseError *error)
    {
        for (;;) {
            Token token;
            if (!next(&token, error))
                return false;
            tokens->append(token);
            if (token.kind == Token::Kind::End)
                return true;
        }
    }

private:
    bool isDelimiter(QChar c) const
    {
        return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
    }

    bool next(Token *token, StoryFilter::ParseError *error)
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        token->position = m_pos;
        if (m_pos >= m_text.size()) {
            token->kind = Token::Kind::End;
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            token->kind = c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close;
            ++m_pos;
            return true;
        }
        if (c == QLatin1Char('"')) {
            token->kind = Token::Kind::Phrase;
            return readQuoted(&token->value, error);
        }
        if (c == QLatin1Char('-')) {
            // "-word" excludes; a lone "-" is more likely a typo than a search for dashes.
            if (m_pos + 1 >= m_text.size() || m_text.at(m_pos + 1).isSpace() || m_text.at(m_pos + 1) == QLatin1Char(')'))
                return fail(error, m_pos, QStringLiteral("dangling '-': put the term right after it, as in -word"));
            token->kind = Token::Kind::Minus;
            ++m_pos;
            return true;
        }

        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)) && m_text.at(m_pos) != QLatin1Char(':'))
            ++m_pos;
        const QStringView head = m_text.sliced(start, m_pos - start);
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(':')) {
            if (const std::optional<Field> field = lookUp(FieldNames, head)) {
                ++m_pos;
                token->kind = Token::Kind::Field;
                token->field = *field;
                token->key = head.toString().toLower();
                token->valuePosition = m_pos;
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    token->valuePosition = m_pos + 1;
                    return readQuoted(&token->value, error);
                }
                token->value = readBare().toString();
                return true;
            }
        }
        // Not a field: the whole run up to the next space or parenthesis is a word, colons
        // included, unless it is an operator.
        m_pos = start;
        token->value = readBare().toString();
        if (token->value.compare(QLatin1StringView("and"), Qt::CaseInsensitive) == 0)
            token->kind = Token::Kind::And;
        else if (token->value.compare(QLatin1StringView("or"), Qt::CaseInsensitive) == 0)
            token->kind = Token::Kind::Or;
        else if (token->value.compare(QLatin1StringView("not"), Qt::CaseInsensitive) == 0)
            token->kind = Token::Kind::Not;
        else
            token->kind = Token::Kind::Word;
        return true;
    }

    QStringView readBare()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)))
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
        return fail(error, open, QStringLiteral("unterminated quote: add a closing '\"'"));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

// Splits an optional comparison operator off a value: ">=60" -> GreaterOrEqual, "60".
StoryFilter::Comparison takeComparison(QStringView *rest)
{
    using C = StoryFilter::Comparison;
    struct Operator { QLatin1StringView text; C comparison; };
    // Two-character operators first, so ">=" is not read as ">" followed by "=60".
    static constexpr std::array operators{
        Operator{QLatin1StringView(">="), C::GreaterOrEqual}, Operator{QLatin1StringView("<="), C::LessOrEqual},
        Operator{QLatin1StringView(">"), C::Greater}, Operator{QLatin1StringView("<"), C::Less},
        Operator{QLatin1StringView("="), C::Equal}};
    for (const Operator &op : operators) {
        if (rest->startsWith(op.text)) {
            *rest = rest->sliced(op.text.size());
            return op.comparison;
        }
    }
    return C::Equal;
}

constexpr qint64 Earliest = std::numeric_limits<qint64>::min();
constexpr qint64 Latest = std::numeric_limits<qint64>::max();

// The UTC period a date value names: 2020 (that year), 2020-09 (that month), 2020-09-01
// (that day), or an instant 2020-09-01T12:00:00Z (that second). Empty on anything else.
std::optional<std::pair<qint64, qint64>> periodOf(QStringView text)
{
    const auto msecs = [](QDate date) { return date.startOfDay(Qt::UTC).toMSecsSinceEpoch(); };
    if (text.contains(QLatin1Char('T'))) {
        QDateTime instant = QDateTime::fromString(text.toString(), Qt::ISODate);
        if (!instant.isValid())
            return std::nullopt;
        if (instant.timeSpec() == Qt::LocalTime)
            instant.setTimeSpec(Qt::UTC); // story dates are UTC unless they say otherwise
        const qint64 start = instant.toMSecsSinceEpoch();
        return std::pair{start, start + 1000};
    }
    const QList<QStringView> parts = text.split(QLatin1Char('-'));
    if (parts.size() > 3 || parts.at(0).size() != 4)
        return std::nullopt;
    int numbers[3] = {0, 1, 1};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if ((i > 0 && part.size() != 2) || !std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
        numbers[i] = part.toInt();
    }
    const QDate start(numbers[0], numbers[1], numbers[2]);
    if (!start.isValid())
        return std::nullopt;
    const QDate end = parts.size() == 1 ? start.addYears(1) : parts.size() == 2 ? start.addMonths(1) : start.addDays(1);
    return std::pair{msecs(start), msecs(end)};
}

// The moment an age like "7d" reaches back to from `now`: h(ours), d(ays), w(eeks),
// m(onths), y(ears), calendar months and years.
std::optional<qint64> ageCutoff(QStringView text, const QDateTime &now)
{
    if (text.size() < 2)
        return std::nullopt;
    const QChar unit = text.back().toLower();
    const QStringView digits = text.chopped(1);
    if (!std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }) || digits.size() > 6)
        return std::nullopt;
    const int n = digits.toInt();
    QDateTime then;
    switch (unit.unicode()) {
    case u'h': then = now.addSecs(-qint64(n) * 3600); break;
    case u'd': then = now.addDays(-n); break;
    case u'w': then = now.addDays(-qint64(n) * 7); break;
    case u'm': then = now.addMonths(-n); break;
    case u'y': then = now.addYears(-n); break;
    default: return std::nullopt;
    }
    if (!then.isValid())
        return std::nullopt;
    return then.toMSecsSinceEpoch();
}

constexpr std::array HasNames{
    Name<int>{QLatin1StringView("image"), 0},   Name<int>{QLatin1StringView("related"), 1},
    Name<int>{QLatin1StringView("topics"), 2},  Name<int>{QLatin1StringView("url"), 3},
    Name<int>{QLatin1StringView("excerpt"), 4}, Name<int>{QLatin1StringView("date"), 5},
    Name<int>{QLatin1StringView("quality"), 6}, Name<int>{QLatin1StringView("heat"), 7},
    Name<int>{QLatin1StringView("provider"), 8}, Name<int>{QLatin1StringView("category"), 9},
    Name<int>{QLatin1StringView("type"), 10},
};

constexpr std::array IsNames{
    Name<int>{QLatin1StringView("published"), 0}, Name<int>{QLatin1StringView("unpublished"), 1},
    Name<int>{QLatin1StringView("modified"), 2},  Name<int>{QLatin1StringView("broken"), 3},
    Name<int>{QLatin1StringView("invalid"), 4},   Name<int>{QLatin1StringView("duplicate"), 5},
};

// The states a story row can be in, by the words GitStatus gives them.
constexpr std::array GitNames{
    Name<int>{QLatin1StringView("new"), int(GitFileState::New)},
    Name<int>{QLatin1StringView("changed"), int(GitFileState::Changed)},
    Name<int>{QLatin1StringView("incoming"), int(GitFileState::Incoming)},
    Name<int>{QLatin1StringView("conflict"), int(GitFileState::Conflict)},
};

} // namespace

// Recursive descent over the tokens, building the filter's nodes as it goes:
//
//   query   := or?
//   or      := and ( "or" and )*
//   and     := unary ( "and"? unary )*
//   unary   := ( "not" | "-" ) unary | primary
//   primary := "(" or ")" | word | "phrase" | key:value
class StoryFilterParser
{
public:
    StoryFilterParser(StoryFilter *filter, QList<Token> tokens, StoryFilter::ParseError *error, const QDateTime &now)
        : m_filter(filter), m_tokens(std::move(tokens)), m_error(error), m_now(now)
    {
    }

    bool parse()
    {
        if (peek().kind == Token::Kind::End)
            return true;
        const int root = parseOr();
        if (root < 0)
            return false;
        if (peek().kind == Token::Kind::Close)
            return unbalancedClose();
        // The top level of an `and` is the filter's own list of conjuncts, which narrows()
        // compares term by term and require*() appends to.
        const StoryFilter::Node &node = m_filter->m_nodes.at(root);
        if (node.kind == StoryFilter::Node::Kind::And)
            m_filter->m_conjuncts = node.children;
        else
            m_filter->m_conjuncts = {root};
        return true;
    }

private:
    using Node = StoryFilter::Node;
    using Term = StoryFilter::Term;

    const Token &peek() const { return m_tokens.at(m_index); }
    const Token &take() { return m_tokens.at(m_index++); }

    bool unbalancedClose()
    {
        return fail(m_error, peek().position, QStringLiteral("unbalanced parenthesis: no '(' before this ')'"));
    }

    // An operator must have a term after it: "a or", "not )", "a and or b".
    bool needsOperand(const Token &op)
    {
        if (peek().startsTerm())
            return true;
        return fail(m_error, op.position, QStringLiteral("dangling '%1': put a term after it").arg(op.value.isEmpty() ? QStringLiteral("-") : op.value));
    }

    int combine(Node::Kind kind, int left, int right)
    {
        // "a b c" is one `and` of three, not and(and(a, b), c): flatter trees evaluate
        // faster and let narrows() see every conjunct.
        QList<Node> &nodes = m_filter->m_nodes;
        if (nodes.at(left).kind != kind) {
            Node node;
            node.kind = kind;
            node.children = {left};
            nodes.append(node);
            left = int(nodes.size() - 1);
        }
        if (nodes.at(right).kind == kind)
            nodes[left].children += nodes.at(right).children;
        else
            nodes[left].children.append(right);
        return left;
    }

    int parseOr()
    {
        int left = parseAnd();
        while (left >= 0 && peek().kind == Token::Kind::Or) {
            const Token &op = take();
            if (!needsOperand(op))
                return -1;
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = combine(Node::Kind::Or, left, right);
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseUnary();
        while (left >= 0) {
            if (peek().kind == Token::Kind::And) {
                const Token &op = take();
                if (!needsOperand(op))
                    return -1;
            } else if (!peek().startsTerm()) {
                break;
            }
            const int right = parseUnary();
            if (right < 0)
                return -1;
            left = combine(Node::Kind::And, left, right);
        }
        return left;
    }

    int parseUnary()
    {
        if (peek().kind != Token::Kind::Not && peek().kind != Token::Kind::Minus)
            return parsePrimary();
        const Token &op = take();
        if (!needsOperand(op))
            return -1;
        const int operand = parseUnary();
        if (operand < 0)
            return -1;
        QList<Node> &nodes = m_filter->m_nodes;
        if (nodes.at(operand).kind == Node::Kind::Not)
            return nodes.at(operand).children.constFirst(); // not not a: a
        Node node;
        node.kind = Node::Kind::Not;
        node.children = {operand};
        nodes.append(node);
        return int(nodes.size() - 1);
    }

    int parsePrimary()
    {
        const Token &token = take();
        switch (token.kind) {
        case Token::Kind::Open: {
            if (peek().kind == Token::Kind::Close) {
                fail(m_error, peek().position, QStringLiteral("empty parentheses: put a term between them"));
                return -1;
            }
            const int inner = parseOr();
            if (inner < 0)
                return -1;
            if (peek().kind != Token::Kind::Close) {
                fail(m_error, token.position, QStringLiteral("unbalanced parenthesis: this '(' is never closed"));
                return -1;
            }
            take();
            return inner;
        }
        case Token::Kind::Close:
            --m_index;
            unbalancedClose();
            return -1;
        case Token::Kind::And:
        case Token::Kind::Or:
            fail(m_error, token.position, QStringLiteral("dangling '%1': put a term before it").arg(token.value));
            return -1;
        case Token::Kind::Word:
        case Token::Kind::Phrase:
            return termNode(wordTerm(Term::Kind::Word, token.value));
        case Token::Kind::Field:
            return fieldNode(token);
        case Token::Kind::Not:
        case Token::Kind::Minus:
        case Token::Kind::End:
            break;
        }
        // parseUnary() and the operand checks never let these reach here.
        fail(m_error, token.position, QStringLiteral("expected a term"));
        return -1;
    }

    static Term wordTerm(Term::Kind kind, QStringView text)
    {
        // A phrase stays one term ("city council" must appear as such); folding keeps its spaces.
        Term term;
        term.kind = kind;
        term.foldedWord = SearchKey::fold(text.trimmed()).toUtf8();
        return term;
    }

    int termNode(const Term &term)
    {
        Node node;
        node.kind = Node::Kind::Term;
        node.term = m_filter->addTerm(term);
        m_filter->m_nodes.append(node);
        return int(m_filter->m_nodes.size() - 1);
    }

    int error(qsizetype position, const QString &message)
    {
        fail(m_error, position, message);
        return -1;
    }

    // quality:>=60, related:>2: an optional comparison, then a whole number in [0, maximum].
    bool readNumber(const Token &token, int maximum, Term *term)
    {
        QStringView rest = token.value;
        term->comparison = takeComparison(&rest);
        const qsizetype position = token.valuePosition + (token.value.size() - rest.size());
        const std::optional<qint64> number = rest.isEmpty() ? std::nullopt : StorySchema::parseInt(rest);
        if (!number || *number < 0 || *number > maximum) {
            const QString example = token.field == Field::Related ? QStringLiteral("related:>2") : token.key + QStringLiteral(":>=60");
            return fail(m_error, position,
                        QStringLiteral("bad number: %1: expects a number from 0 to %2, as in %3").arg(token.key).arg(maximum).arg(example));
        }
        term->value = int(*number);
        return true;
    }

    // date:>=2020-09-01, date:2026-10, date:<7d: the UTC period as a range [from, to).
    bool readDate(const Token &token, Term *term)
    {
        using C = StoryFilter::Comparison;
        QStringView rest = token.value;
        const C comparison = takeComparison(&rest);
        const qsizetype position = token.valuePosition + (token.value.size() - rest.size());
        term->from = Earliest;
        term->to = Latest;
        if (const std::optional<qint64> cutoff = ageCutoff(rest, m_now)) {
            // The comparison is on the age: date:<7d is "less than 7 days old".
            switch (comparison) {
            case C::Less: term->from = *cutoff + 1; break;
            case C::LessOrEqual:
            case C::Equal: term->from = *cutoff; break;
            case C::Greater: term->to = *cutoff; break;
            case C::GreaterOrEqual: term->to = *cutoff + 1; break;
            }
            return true;
        }
        const std::optional<std::pair<qint64, qint64>> period = periodOf(rest);
        if (!period) {
            return fail(m_error, position,
                        QStringLiteral("bad date: date: expects 2020-09-01, 2020-09, 2020 or an age like 7d (h, d, w, m, y)"));
        }
        switch (comparison) {
        case C::Less: term->to = period->first; break;
        case C::LessOrEqual: term->to = period->second; break;
        case C::Equal: term->from = period->first; term->to = period->second; break;
        case C::GreaterOrEqual: term->from = period->first; break;
        case C::Greater: term->from = period->second; break;
        }
        return true;
    }

    int fieldNode(const Token &token)
    {
        if (token.value.trimmed().isEmpty())
            return error(token.valuePosition, QStringLiteral("%1: needs a value after the colon").arg(token.key));
        Term term;
        switch (token.field) {
        case Field::Published: {
            // A word typed in a query, not a story value: `published:no` reads as meant.
            const std::optional<bool> published = StorySchema::parseYaml11Bool(token.value);
            if (!published)
                return error(token.valuePosition, QStringLiteral("published: expects true or false"));
            term.kind = Term::Kind::Published;
            term.published = *published;
            break;
        }
        case Field::Quality:
        case Field::Heat:
            term.kind = Term::Kind::Score;
            term.score = token.field == Field::Quality ? StoryFilter::Score::Quality : StoryFilter::Score::Heat;
            if (!readNumber(token, 100, &term))
                return -1;
            break;
        case Field::Related:
            term.kind = Term::Kind::Related;
            if (!readNumber(token, 1000000, &term))
                return -1;
            break;
        case Field::Date:
            term.kind = Term::Kind::Date;
            if (!readDate(token, &term))
                return -1;
            break;
        case Field::Topic:
        case Field::Provider:
        case Field::Category:
        case Field::Type:
            term.kind = token.field == Field::Topic      ? Term::Kind::Topic
                      : token.field == Field::Provider ? Term::Kind::Provider
                      : token.field == Field::Category ? Term::Kind::Category
                                                       : Term::Kind::Type;
            term.text = token.value;
            break;
        case Field::Title:
        case Field::Excerpt:
            term = wordTerm(token.field == Field::Title ? Term::Kind::Title : Term::Kind::Excerpt, token.value);
            break;
        case Field::Url:
            term.kind = Term::Kind::Url;
            term.text = token.value.trimmed();
            break;
        case Field::Key: {
            // field:KEY (the story has the top-level key) or field:KEY=VALUE (its short
            // scalar value is VALUE, ignoring case): any key of any site, mapped or not.
            const qsizetype equals = token.value.indexOf(QLatin1Char('='));
            const QString key = (equals < 0 ? token.value : token.value.left(equals)).trimmed();
            if (key.isEmpty())
                return error(token.valuePosition, QStringLiteral("%1: expects a key, as in field:author or field:author=Jane").arg(token.key));
            term.kind = Term::Kind::Field;
            term.fieldKey = key.toUtf8();
            if (equals >= 0) {
                term.fieldValue = token.value.mid(equals + 1).trimmed().toLower().toUtf8();
                if (term.fieldValue.isNull())
                    term.fieldValue = QByteArray("");
            }
            break;
        }
        case Field::Git: {
            const std::optional<int> value = lookUp(GitNames, token.value);
            if (!value) {
                return error(token.valuePosition,
                             QStringLiteral("unknown %1:%2: expects %3").arg(token.key, token.value, listOf(GitNames)));
            }
            term.kind = Term::Kind::Git;
            term.value = *value;
            break;
        }
        case Field::Has:
        case Field::Is: {
            const bool has = token.field == Field::Has;
            const std::optional<int> value = has ? lookUp(HasNames, token.value) : lookUp(IsNames, token.value);
            if (!value) {
                return error(token.valuePosition, QStringLiteral("unknown %1:%2: expects %3")
                                                      .arg(token.key, token.value, has ? listOf(HasNames) : listOf(IsNames)));
            }
            term.kind = has ? Term::Kind::Has : Term::Kind::Is;
            term.value = *value;
            break;
        }
        }
        return termNode(term);
    }

    StoryFilter *m_filter;
    QList<Token> m_tokens;
    qsizetype m_index = 0;
    StoryFilter::ParseError *m_error;
    QDateTime m_now;
};

StoryFilter StoryFilter::parse(QStringView text, ParseError *error, const QDateTime &now)
{
    ParseError localError;
    ParseError *err = error ? error : &localError;
    *err = ParseError();

    QList<Token> tokens;
    if (!Tokenizer(text).tokenize(&tokens, err))
        return StoryFilter();
    StoryFilter filter;
    StoryFilterParser parser(&filter, std::move(tokens), err, now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc());
    if (!parser.parse())
        return StoryFilter();
    return filter;
}

} // namespace Storydesk
