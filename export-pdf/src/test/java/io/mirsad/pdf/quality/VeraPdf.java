package io.mirsad.pdf.quality;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, run in this JVM: validates a PDF against one flavour ({@code 3a}, {@code 3u}, {@code ua1}…)
 * and reports the rules it fails. Public so that other modules' tests can validate their PDFs the same
 * way.
 */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /**
     * Validates a PDF against each flavour ({@code 3a}, {@code ua1}…), parsing it once: for each, the rules
     * it fails, by rule ("ISO 14289-1:2014 7.1-3"), with how often and what the rule requires.
     */
    public static List<Report> validate(byte[] pdf, String... flavourIds) {
        List<PDFAFlavour> flavours = new ArrayList<>();
        for (String id : flavourIds) {
            PDFAFlavour flavour = PDFAFlavour.fromString(id);
            if (flavour == PDFAFlavour.NO_FLAVOUR) {
                throw new IllegalArgumentException("no veraPDF flavour " + id);
            }
            flavours.add(flavour);
        }
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavours.get(0));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
            List<Report> reports = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                Map<String, String> failed = new TreeMap<>();
                for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                    RuleId id = e.getKey();
                    Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                    failed.put(
                            id.getSpecification().getId() + " " + id.getClause() + "-" + id.getTestNumber(),
                            e.getValue() + "× " + (rule == null ? "" : rule.getDescription()));
                }
                reports.add(new Report(result.getPDFAFlavour().getId(), result.isCompliant(), failed));
            }
            return reports;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the file: " + e, e);
        }
    }

    /**
     * What veraPDF found.
     *
     * @param flavour   the flavour checked
     * @param compliant whether the file passed every rule
     * @param failed    failed rule → "count× description"
     */
    public record Report(String flavour, boolean compliant, Map<String, String> failed) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(flavour)
                    .append(": ")
                    .append(failed.size())
                    .append(" failed rules");
            failed.forEach(
                    (rule, what) -> sb.append("\n  ").append(rule).append(": ").append(what));
            return sb.toString();
        }
    }
}
