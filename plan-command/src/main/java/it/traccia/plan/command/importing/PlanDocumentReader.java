package it.traccia.plan.command.importing;

import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.rule.DocumentTooLarge;
import it.traccia.kernel.rule.UnreadableDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a draft plan written in Word (lettore della bozza): the .docx itself or the text export of its table, into the
 * plan as written and its findings (rilievi), ready for an {@code ImportPlan} command.
 *
 * <p>A .docx is recognised by its content (a zip holding {@code word/document.xml}), not by the file name; anything
 * else is read as text. Both give the same rows to one interpreter, so the same document gives the same plan and the
 * same findings either way; only the line numbers differ. In the text export {@code line} is the 1-based line of the
 * file; in a .docx it is the 1-based number of the body paragraph or table row, counted in reading order. A finding
 * about the whole document (the encoding) has line 0. Findings are sorted by line, errors first within a line.
 *
 * <p>Severities, see {@link FindingCode}: a warning ({@code UnknownMission}, {@code Windows1252Encoding}) does not block
 * the submission to the Giunta; every other finding is an error that does ({@code InvalidDate},
 * {@code PhaseDueAfterObjective}, {@code WeightsDoNotSumToHundred}, {@code UnreadableRow}, {@code InvalidWeight},
 * {@code DuplicateNumber}, {@code PhaseNumberOutsideObjective}, {@code MissingIndicator}, {@code MissingTarget},
 * {@code MissingDeadline}, {@code MissingDescription}, {@code MissingObjectiveKind}, {@code MissingHead},
 * {@code DuplicateStructure}, {@code RowOutsideStructure}, {@code MissingStrategicContext},
 * {@code IncompleteStrategicContext}, {@code TextTooLong}). Nothing is corrected: an unreadable weight is imported as 0,
 * a date that does not exist as a missing deadline, and a row that cannot be placed is left out, each with its finding.
 * The plan it gives is one the plan aggregate accepts.
 */
public final class PlanDocumentReader {

    /** The largest document accepted: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] WORD_DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads the document.
     *
     * @param fileName the name it was uploaded with, used in messages only
     * @param content  its bytes
     * @return the plan as written and every finding
     * @throws DocumentTooLarge   when the content exceeds {@link #MAX_BYTES}, checked before reading anything
     * @throws UnreadableDocument when it is empty, binary, a zip that is not a .docx, or has no plan heading or table
     */
    public ImportResult read(String fileName, byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            throw new DocumentTooLarge(content.length, MAX_BYTES);
        }
        if (content == null || content.length == 0) {
            throw new UnreadableDocument("il file " + named(fileName) + "è vuoto");
        }
        Findings findings = new Findings();
        List<DocumentRow> rows;
        if (startsWith(content, ZIP_SIGNATURE)) {
            if (!contains(content, WORD_DOCUMENT)) {
                throw new UnreadableDocument("il file " + named(fileName) + "è un archivio zip, ma non un documento Word (.docx)");
            }
            rows = DocxDocumentReader.rows(content);
        } else {
            rows = TextDocumentReader.rows(content, findings);
        }
        return new DraftInterpreter(findings).interpret(rows);
    }

    /** The source to record with the import: file name, SHA-256 of the content (hex, lower case) and size. */
    public static ImportSource sourceOf(String fileName, byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new ImportSource(fileName, HexFormat.of().formatHex(digest), content.length);
        } catch (NoSuchAlgorithmException missing) {
            throw new AssertionError("SHA-256 is required of every Java platform", missing);
        }
    }

    private static String named(String fileName) {
        return fileName == null || fileName.isBlank() ? "" : "'" + fileName + "' ";
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if (content[index] != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int start = 0; start <= content.length - wanted.length; start++) {
            for (int index = 0; index < wanted.length; index++) {
                if (content[start + index] != wanted[index]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
