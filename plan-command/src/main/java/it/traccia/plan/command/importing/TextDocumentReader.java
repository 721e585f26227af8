package it.traccia.plan.command.importing;

import it.traccia.kernel.rule.UnreadableDocument;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text export of the Word table (esportazione di testo): UTF-8, or Windows-1252 with a warning; one row per
 * line, numbered from 1, cells split at tabs.
 */
final class TextDocumentReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextDocumentReader() {
    }

    static List<DocumentRow> rows(byte[] content, Findings findings) {
        String text = decoded(content, findings);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        requireText(text);
        String[] lines = LINE_BREAK.split(text, -1);
        List<DocumentRow> rows = new ArrayList<>(lines.length);
        for (int index = 0; index < lines.length; index++) {
            rows.add(new DocumentRow(index + 1, List.of(lines[index].split("\t", -1))));
        }
        return rows;
    }

    private static String decoded(byte[] content, Findings findings) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(content)).toString();
                findings.add(FindingCode.WINDOWS_1252_ENCODING, 0, null, null, null, "Il file non è in UTF-8: è stato "
                        + "letto come Windows-1252. Controllare le lettere accentate");
                return text;
            } catch (CharacterCodingException notText) {
                throw new UnreadableDocument("non è un documento Word (.docx) né la sua esportazione in testo");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Refuses binary content: control characters other than tab, line breaks and form feed do not occur in text. */
    private static void requireText(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if ((character < ' ' && character != '\t' && character != '\n' && character != '\r' && character != '\f')
                    || character == '\u007F') {
                throw new UnreadableDocument("non è un documento Word (.docx) né la sua esportazione in testo");
            }
        }
    }
}
