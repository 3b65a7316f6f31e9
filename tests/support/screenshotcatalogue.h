#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace Storydesk {

// For the screenshot-only test functions: with STORYDESK_SCREENSHOT_CATALOGUE naming a
// compiled catalogue (build/app/storydesk_de.qm), what the function shows speaks that
// language, Qt's standard buttons included, as the app would.
class ScreenshotCatalogue final
{
    Q_DISABLE_COPY_MOVE(ScreenshotCatalogue)

public:
    ScreenshotCatalogue()
    {
        const QString catalogue = qEnvironmentVariable("STORYDESK_SCREENSHOT_CATALOGUE");
        if (catalogue.isEmpty() || !m_app.load(catalogue))
            return;
        QCoreApplication::installTranslator(&m_app);
        // storydesk_de.qm -> qtbase_de.qm
        const QString language = QFileInfo(catalogue).completeBaseName().section(QLatin1Char('_'), 1);
        if (m_qt.load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~ScreenshotCatalogue()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_app);
    }

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace Storydesk
