package it.traccia.plan.command.importing;

import it.traccia.kernel.rule.UnreadableDocument;
import it.traccia.plan.command.TextLimits;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of a draft (intestazione): the comune, its provincia, and the title with triennio and annualità, read
 * from the lines above the first structure. Without them there is no plan to import.
 */
final class PlanHeading {

    private static final Pattern ORGANISATION = Pattern.compile("comune\\s+di\\s+\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROVINCE = Pattern.compile("provincia\\s+di\\s+(\\S.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRIENNIO = Pattern.compile("triennio\\s+(\\d{4})\\s*[/\\-–]\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("annualit(?:à|a'|a’|a)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_ALLOWED_YEAR = 2000;
    private static final int LAST_ALLOWED_YEAR = 2100;
    private static final int TRIENNIO_SPAN = 2;

    private String organisation;
    private String province;
    private int provinceLine;
    private Integer firstYear;
    private Integer lastYear;
    private Integer year;

    /** Takes what a heading line says; lines that say none of it (the legal references) are passed over. */
    void read(DocumentRow row) {
        String text = row.text();
        if (organisation == null && ORGANISATION.matcher(text).matches()) {
            organisation = WrittenText.titleCaseOfCapitals(text);
        }
        Matcher province = PROVINCE.matcher(text);
        if (this.province == null && province.matches()) {
            this.province = WrittenText.titleCaseOfCapitals(province.group(1).strip());
            provinceLine = row.line();
        }
        Matcher triennio = TRIENNIO.matcher(text);
        if (firstYear == null && triennio.find()) {
            firstYear = Integer.valueOf(triennio.group(1));
            lastYear = Integer.valueOf(triennio.group(2));
        }
        Matcher year = YEAR.matcher(text);
        if (this.year == null && year.find()) {
            this.year = Integer.valueOf(year.group(1));
        }
    }

    /** Refuses the document when the heading lacks the comune, the triennio or the annualità, or they make no plan. */
    void requireComplete() {
        if (organisation == null) {
            throw new UnreadableDocument("manca l'intestazione con l'ente (\"Comune di …\")");
        }
        if (organisation.length() > TextLimits.SHORT_TEXT) {
            throw new UnreadableDocument("il nome dell'ente supera i " + TextLimits.SHORT_TEXT + " caratteri");
        }
        if (firstYear == null) {
            throw new UnreadableDocument("il titolo non indica il triennio (\"TRIENNIO 2026/2028\")");
        }
        if (year == null) {
            throw new UnreadableDocument("il titolo non indica l'annualità (\"ANNUALITA' 2026\")");
        }
        if (firstYear < FIRST_ALLOWED_YEAR || firstYear > LAST_ALLOWED_YEAR || lastYear != firstYear + TRIENNIO_SPAN
                || year < firstYear || year > lastYear) {
            throw new UnreadableDocument("il triennio " + firstYear + "/" + lastYear + " con annualità " + year
                    + " non è un triennio valido");
        }
    }

    /** Drops a provincia longer than the plan accepts, with a finding. */
    void checkProvince(Findings findings) {
        if (province != null && province.length() > TextLimits.SHORT_TEXT) {
            findings.add(FindingCode.TEXT_TOO_LONG, provinceLine, null, null, null,
                    "Il nome della provincia supera i " + TextLimits.SHORT_TEXT + " caratteri: non è importato");
            province = null;
        }
    }

    String organisation() {
        return organisation;
    }

    String province() {
        return province;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    int year() {
        return year;
    }
}
