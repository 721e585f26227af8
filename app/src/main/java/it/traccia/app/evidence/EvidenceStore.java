package it.traccia.app.evidence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The store of the supporting documents' bytes (archivio dei documenti a supporto), in PostgreSQL: each content kept
 * once under its SHA-256, never changed nor deleted (a trigger refuses both, docs/adr/0019). What a document is, and for
 * which plan, is the {@code EvidenceStored} event's; here only the bytes.
 */
@Component
public class EvidenceStore {

    private static final String KEEP = "insert into evidence_content (sha256, size, content) values (?, ?, ?) "
            + "on conflict (sha256) do nothing";
    private static final String READ = "select content from evidence_content where sha256 = ?";

    private final JdbcTemplate jdbc;

    public EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the bytes, once whoever sends them and however often, and answers with their SHA-256. */
    public String keep(byte[] content) {
        String sha256 = sha256Of(content);
        jdbc.update(KEEP, sha256, content.length, content);
        return sha256;
    }

    /** The bytes kept under this SHA-256, if any. */
    public Optional<byte[]> content(String sha256) {
        List<byte[]> found = jdbc.query(READ, (row, number) -> row.getBytes(1), sha256);
        return found.stream().findFirst();
    }

    static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
