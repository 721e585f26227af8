package it.traccia.plan.command;

import it.traccia.kernel.rule.DeadlineOutsideTriennio;
import it.traccia.kernel.rule.InvalidTriennio;
import it.traccia.kernel.rule.ResolutionDateInFuture;
import it.traccia.kernel.rule.ResolutionDateOutOfRange;

import java.time.LocalDate;

/**
 * The three years a plan covers (triennio) and its annual year (annualità), with the dates that must fall in them:
 * every deadline within the triennio, and the delibera that adopts it from 1 January of the year before it begins.
 */
record Triennio(int firstYear, int lastYear, int year) {

    private static final int FIRST_ALLOWED_YEAR = 2000;
    private static final int LAST_ALLOWED_YEAR = 2100;
    private static final int SPAN = 2;

    /** The triennio, or {@link InvalidTriennio} naming the field that breaks it. */
    static Triennio of(int firstYear, int lastYear, int year) {
        if (firstYear < FIRST_ALLOWED_YEAR || firstYear > LAST_ALLOWED_YEAR) {
            throw new InvalidTriennio("firstYear", "Il triennio deve iniziare tra il " + FIRST_ALLOWED_YEAR + " e il "
                    + LAST_ALLOWED_YEAR + ", non nel " + firstYear);
        }
        if (lastYear != firstYear + SPAN) {
            throw new InvalidTriennio("lastYear", "Un triennio che inizia nel " + firstYear + " finisce nel "
                    + (firstYear + SPAN) + ", non nel " + lastYear);
        }
        if (year < firstYear || year > lastYear) {
            throw new InvalidTriennio("year", "L'annualità " + year + " deve cadere nel triennio " + firstYear + "/"
                    + lastYear);
        }
        return new Triennio(firstYear, lastYear, year);
    }

    /** A deadline, when there is one, lies between 1 January of the first year and 31 December of the last. */
    void requireWithin(String field, LocalDate deadline) {
        if (deadline != null && (deadline.getYear() < firstYear || deadline.getYear() > lastYear)) {
            throw new DeadlineOutsideTriennio(field, deadline, firstYear, lastYear);
        }
    }

    /** A delibera is dated neither after today nor before 1 January of the year before the triennio begins. */
    void requireResolutionDate(String field, LocalDate resolutionDate, LocalDate today) {
        LocalDate earliest = LocalDate.of(firstYear - 1, 1, 1);
        if (resolutionDate.isBefore(earliest)) {
            throw new ResolutionDateOutOfRange(field, resolutionDate, earliest);
        }
        if (resolutionDate.isAfter(today)) {
            throw new ResolutionDateInFuture(field, resolutionDate, today);
        }
    }
}
