package it.traccia.app.evidence;

import it.traccia.kernel.rule.EvidenceNotAccepted;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What kind of document a file is (tipo di documento), recognised from its first bytes and, where the bytes alone do
 * not tell (an office document is a ZIP or an OLE container), from its name: PDF, images, office and text documents.
 * The type the sender declares is never trusted; an executable, a script or anything else is refused.
 */
public final class EvidenceKinds {

    private static final Map<String, String> ZIP_OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "odp", "application/vnd.oasis.opendocument.presentation");
    private static final Map<String, String> OLE_OFFICE = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint");
    private static final Map<String, String> TEXT = Map.of(
            "txt", "text/plain; charset=UTF-8",
            "csv", "text/csv; charset=UTF-8");

    private EvidenceKinds() {
    }

    /** The content type of the file, or {@link EvidenceNotAccepted} saying why it is not kept. */
    public static String recognise(String name, byte[] content) {
        if (content.length == 0) {
            throw new EvidenceNotAccepted("è vuoto");
        }
        String extension = extensionOf(name);
        if (startsWith(content, 'M', 'Z') || startsWith(content, 0x7F, 'E', 'L', 'F') || startsWith(content, '#', '!')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)) {
            throw new EvidenceNotAccepted("è un programma eseguibile o uno script");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (content.length >= 12 && startsWith(content, 'R', 'I', 'F', 'F') && content[8] == 'W' && content[9] == 'E'
                && content[10] == 'B' && content[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04) && ZIP_OFFICE.containsKey(extension)) {
            return ZIP_OFFICE.get(extension);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) && OLE_OFFICE.containsKey(extension)) {
            return OLE_OFFICE.get(extension);
        }
        if (TEXT.containsKey(extension) && isText(content)) {
            return TEXT.get(extension);
        }
        throw new EvidenceNotAccepted("non è un tipo di documento riconosciuto (" + (extension.isEmpty()
                ? "senza estensione" : "." + extension) + ")");
    }

    private static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** UTF-8 without NUL or other control characters but tab and line breaks (a BOM allowed). */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(character -> Character.isISOControl(character) && character != '\t'
                    && character != '\n' && character != '\r');
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if ((content[index] & 0xFF) != prefix[index]) {
                return false;
            }
        }
        return true;
    }
}
