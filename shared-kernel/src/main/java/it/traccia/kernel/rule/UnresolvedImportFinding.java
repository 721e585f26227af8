package it.traccia.kernel.rule;

/** An error found when the plan was imported (rilievo di importazione) that nobody has marked as resolved. */
public final class UnresolvedImportFinding extends SubmissionRule {

    public UnresolvedImportFinding(String field, int number, String code, String message) {
        super(field, "Il rilievo di importazione n. " + number + " (" + code + ") non è risolto: " + message);
    }
}
