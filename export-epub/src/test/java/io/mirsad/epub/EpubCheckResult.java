package io.mirsad.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck as a library and keeps every message it reports, with its severity and place. */
final class EpubCheckResult {
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> others = new ArrayList<>();

    private EpubCheckResult() {}

    static EpubCheckResult check(Path epub) {
        EpubCheckResult result = new EpubCheckResult();
        Collector report = new Collector(result);
        new EpubCheck(epub.toFile(), report).doValidate();
        return result;
    }

    /** Errors and fatal errors, as "ID message (where)". */
    List<String> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }

    /** Usage and information messages: advice, not failures. */
    List<String> others() {
        return others;
    }

    private static final class Collector extends MasterReport {
        private final EpubCheckResult result;

        Collector(EpubCheckResult result) {
            this.result = result;
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            String text = message.getID() + " " + message.getMessage(args) + " (" + location + ")";
            Severity severity = message.getSeverity();
            if (severity == Severity.ERROR || severity == Severity.FATAL) {
                result.errors.add(text);
            } else if (severity == Severity.WARNING) {
                result.warnings.add(text);
            } else if (severity != Severity.SUPPRESSED) {
                result.others.add(severity + " " + text);
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {}

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {}
    }
}
