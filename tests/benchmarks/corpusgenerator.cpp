#include "corpusgenerator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <array>

namespace Storydesk {

namespace {

struct Provider
{
    const char *name;
    const char *domain;
};

// Invented publications (".example" domains), with the spread of names real feeds have:
// ampersands, accents, long names.
constexpr std::array providers{
    Provider{"Harbor Ledger", "harborledger.example"},
    Provider{"The Circuit Dispatch", "circuitdispatch.example"},
    Provider{"Meridian Tech Review", "meridiantechreview.example"},
    Provider{"Northwind Courier", "northwindcourier.example"},
    Provider{"Signal & Noise", "signalandnoise.example"},
    Provider{"Le Quotidien Numérique", "quotidien-numerique.example"},
    Provider{"Byteline Daily", "byteline.example"},
    Provider{"Copperfield Gazette", "copperfieldgazette.example"},
    Provider{"The Lattice", "thelattice.example"},
    Provider{"Fieldstone Times", "fieldstonetimes.example"},
    Provider{"Orbit & Atom", "orbitandatom.example"},
    Provider{"Quayside Post", "quaysidepost.example"},
    Provider{"Kestrel Wire", "kestrelwire.example"},
    Provider{"Brightwater Journal", "brightwaterjournal.example"},
    Provider{"Pixel Harbor Weekly", "pixelharbor.example"},
    Provider{"The Tessellate", "tessellate.example"},
    Provider{"Zürich Data Post", "zuerichdatapost.example"},
    Provider{"São Paulo Tech", "saopaulotech.example"},
};

constexpr std::array topics{
    "AI", "Computer Vision", "Robotics", "Policy", "Chips", "Open Source", "Ethics", "Healthcare",
    "Self-Driving Cars", "Natural Language Processing", "Machine Learning", "Deep Learning", "Privacy",
    "Startups", "Research", "Education", "Climate", "Finance", "Security", "Cloud", "Quantum Computing",
    "Drones", "Facial Recognition", "Chatbots", "Regulation", "Semiconductors", "Data Centers", "Jobs",
    "Creativity", "Games", "Energy", "Agriculture", "Space", "Defense", "Retail", "Media",
};

constexpr std::array subjects{
    "Detroit", "A Hospital Network", "The City Council", "Regulators", "A Startup", "Researchers",
    "The European Union", "A Chipmaker", "Engineers", "Teachers", "Farmers", "Montréal", "São Paulo",
    "A Carmaker", "The Navy", "Investors", "Librarians", "A Bank",
};

constexpr std::array verbs{
    "Renews", "Drops", "Tests", "Bans", "Expands", "Audits", "Questions", "Adopts", "Pauses", "Funds",
    "Opens", "Rethinks",
};

constexpr std::array objects{
    "Facial Recognition Contract", "Chatbot Pilot", "Robot Fleet", "Data-Sharing Deal", "Model Audit",
    "Self-Driving Trial", "Vision System", "Research Lab", "Cloud Migration", "Privacy Rules",
    "Drone Program", "Translation Service", "Café Robots", "Naïve Bayes Filter",
};

constexpr std::array sentences{
    "The decision, taken after months of debate, bucks a recent trend of major cities moving to curtail the technology.",
    "Critics say the system disproportionately misidentifies people of color and lacks independent oversight.",
    "Supporters argue the tools have already helped close cases that had gone cold for years.",
    "The vendor said the upgrade would cover maintenance and “continued improvements” to accuracy.",
    "Officials declined to say how many requests the program handled last year.",
    "It is the company’s third such agreement this year, and by far the largest.",
    "Researchers caution that the benchmark results may not carry over to messier real-world data.",
    "The measure passed 6-3 after a public comment period that lasted well past midnight.",
};

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

QString slug(const QString &title)
{
    QString s;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            s += c;
        else if (!s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    return s;
}

QString headline(QRandomGenerator &random)
{
    return QString::fromUtf8(subjects[random.bounded(int(subjects.size()))]) + QLatin1Char(' ')
        + QString::fromUtf8(verbs[random.bounded(int(verbs.size()))]) + QLatin1Char(' ')
        + QString::fromUtf8(objects[random.bounded(int(objects.size()))]);
}

QString excerpt(QRandomGenerator &random)
{
    QString text = QString::fromUtf8(sentences[random.bounded(int(sentences.size()))]);
    text += QLatin1Char(' ') + QString::fromUtf8(sentences[random.bounded(int(sentences.size()))]);
    return text.left(250) + QStringLiteral(" ...");
}

QByteArray timestamp(const QDateTime &when)
{
    return when.toString(Qt::ISODate).toUtf8();
}

QString articleUrl(const Provider &provider, const QString &title, quint32 id)
{
    return QStringLiteral("https://www.%1/articles/%2-%3").arg(QString::fromUtf8(provider.domain), slug(title)).arg(id);
}

} // namespace

QString CorpusGenerator::relativePath(int index)
{
    const char *extension = index % 10 == 9 ? "txt" : "md";
    return QStringLiteral("stories/%1/%2_story.%3").arg(index / 1000, 3, 10, QLatin1Char('0')).arg(index, 6, 10, QLatin1Char('0'))
        .arg(QLatin1StringView(extension));
}

QByteArray CorpusGenerator::story(int index) const
{
    QRandomGenerator random(m_seed ^ (quint32(index) * 2654435761u));
    const Provider &provider = providers[random.bounded(int(providers.size()))];
    const QString title = headline(random);
    const QDateTime published = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC)
                                    .addSecs(qint64(random.bounded(5 * 365 * 24 * 60)) * 60);
    const QString url = articleUrl(provider, title, random.generate());

    QByteArray out;
    out.reserve(5000);
    out += "---\n";
    out += "category: news\n";
    out += "title: " + quoted(title) + '\n';
    out += "excerpt: " + quoted(excerpt(random)) + '\n';
    out += "publishedDateTime: " + timestamp(published) + '\n';
    out += "originalUrl: " + quoted(url) + '\n';
    out += "webUrl: " + quoted(url) + '\n';
    out += "type: article\n";
    out += "quality: " + QByteArray::number(random.bounded(101)) + '\n';
    out += "heat: " + QByteArray::number(random.bounded(101)) + '\n';
    out += "published: " + QByteArray(random.bounded(3) == 0 ? "false" : "true") + "\n\n";

    out += "provider:\n";
    out += "  name: " + QByteArray(provider.name) + '\n';
    out += "  domain: " + QByteArray(provider.domain) + '\n';
    out += "  images:\n";
    out += "    - url: \"https://smartableai.github.io/artificial-intelligence/assets/images/organizations/"
        + QByteArray(provider.domain) + "-50x50.jpg\"\n";
    out += "      width: 50\n      height: 50\n\n";

    out += "topics:\n";
    const int topicCount = 1 + random.bounded(4);
    QList<int> chosen;
    while (chosen.size() < topicCount) {
        const int t = random.bounded(int(topics.size()));
        if (!chosen.contains(t))
            chosen.append(t);
    }
    for (const int t : chosen)
        out += "  - " + QByteArray(topics[t]) + '\n';
    out += '\n';

    out += "images:\n";
    out += "  - url: \"https://images." + QByteArray(provider.domain) + "/im-" + QByteArray::number(random.bounded(1000000))
        + "/social\"\n";
    out += "    width: 1280\n    height: 640\n    isCached: true\n\n";

    const int relatedCount = random.bounded(4);
    if (relatedCount > 0) {
        out += "related:\n";
        for (int r = 0; r < relatedCount; ++r) {
            const Provider &other = providers[random.bounded(int(providers.size()))];
            const QString relatedTitle = headline(random);
            const QString relatedUrl = articleUrl(other, relatedTitle, random.generate());
            const QByteArray ampId = QByteArray::number(random.generate());
            out += "  - title: " + quoted(relatedTitle) + '\n';
            out += "    excerpt: " + quoted(excerpt(random)) + '\n';
            out += "    publishedDateTime: " + timestamp(published.addSecs(-qint64(random.bounded(48 * 60)) * 60)) + '\n';
            out += "    webUrl: " + quoted(relatedUrl) + '\n';
            out += "    ampWebUrl: \"https://amp." + QByteArray(other.domain) + "/amp/" + ampId + "\"\n";
            out += "    cdnAmpWebUrl: \"https://amp-" + QByteArray(other.domain).replace('.', '-') + ".cdn.ampproject.org/c/s/amp."
                + QByteArray(other.domain) + "/amp/" + ampId + "\"\n";
            out += "    type: article\n";
            out += "    provider:\n";
            out += "      name: " + QByteArray(other.name) + '\n';
            out += "      domain: " + QByteArray(other.domain) + '\n';
            out += "    quality: " + QByteArray::number(random.bounded(101)) + '\n';
            out += "    images:\n";
            out += "      - url: \"https://cdn." + QByteArray(other.domain) + "/presto/" + ampId
                + ".JPG?auto=webp&crop=4655,2618,x1,y110&format=pjpg&width=1200\"\n";
            out += "        width: 1200\n        height: 675\n        isCached: true\n";
        }
        out += '\n';
    }

    QByteArray blob(280, Qt::Uninitialized);
    for (char &c : blob)
        c = char(random.bounded(256));
    out += "secured: \"" + blob.toBase64() + ";" + blob.left(16).toBase64() + "\"\n";
    out += "---\n\n";
    return out;
}

QStringList CorpusGenerator::write(const QString &folder, int count, int first) const
{
    QStringList paths;
    paths.reserve(count);
    QString currentDirectory;
    for (int index = first; index < first + count; ++index) {
        const QString path = QDir(folder).filePath(relativePath(index));
        const QString directory = QFileInfo(path).path();
        if (directory != currentDirectory && !QDir().mkpath(directory))
            return {};
        currentDirectory = directory;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(story(index)) < 0)
            return {};
        paths.append(path);
    }
    return paths;
}

} // namespace Storydesk
