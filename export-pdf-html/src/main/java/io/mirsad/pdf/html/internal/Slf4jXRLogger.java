package io.mirsad.pdf.html.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenHTMLtoPDF's log, sent to SLF4J like every other library's (its own default prints to the console
 * through java.util.logging). Warnings about an edition reach the export's warning listener separately,
 * through the renderer's diagnostic consumer.
 */
final class Slf4jXRLogger implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (level.intValue() >= Level.INFO.intValue()) {
            logger.info(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels belong to the SLF4J binding's configuration.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        return level >= Level.WARNING.intValue()
                ? logger.isWarnEnabled()
                : level >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
    }
}
