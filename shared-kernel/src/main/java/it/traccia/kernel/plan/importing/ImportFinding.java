package it.traccia.kernel.plan.importing;

/**
 * A defect found in an imported draft (rilievo): severity, stable code, where it is (line of the text export, or of the
 * table rows of a .docx; structure; objective and phase numbers, each null when not concerned) and a message in Italian.
 */
public record ImportFinding(
        FindingSeverity severity,
        String code,
        int line,
        String structure,
        String objectiveNumber,
        String phaseNumber,
        String message) {
}
