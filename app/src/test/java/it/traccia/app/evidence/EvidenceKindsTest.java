package it.traccia.app.evidence;

import it.traccia.kernel.rule.EvidenceNotAccepted;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a supporting document is, recognised from its bytes, whatever its sender claims. */
class EvidenceKindsTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length + 8];
        for (int index = 0; index < values.length; index++) {
            bytes[index] = (byte) values[index];
        }
        return bytes;
    }

    @Test
    void recognisesDocumentsByTheirFirstBytes() {
        assertThat(EvidenceKinds.recognise("verbale", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertThat(EvidenceKinds.recognise("foto.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)))
                .isEqualTo("image/png");
        assertThat(EvidenceKinds.recognise("foto.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
        assertThat(EvidenceKinds.recognise("Relazione.DOCX", bytes('P', 'K', 3, 4)))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceKinds.recognise("conti.xls", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)))
                .isEqualTo("application/vnd.ms-excel");
        assertThat(EvidenceKinds.recognise("tempi.csv", "mese;giorni\ngennaio;28\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv; charset=UTF-8");
    }

    @Test
    void rejectsExecutablesScriptsEmptyFilesAndWhatItDoesNotKnow() {
        assertThatThrownBy(() -> EvidenceKinds.recognise("verbale.pdf", bytes('M', 'Z', 0x90)))
                .isInstanceOf(EvidenceNotAccepted.class).hasMessageContaining("eseguibile");
        assertThatThrownBy(() -> EvidenceKinds.recognise("note.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EvidenceNotAccepted.class).hasMessageContaining("script");
        assertThatThrownBy(() -> EvidenceKinds.recognise("prog", bytes(0x7F, 'E', 'L', 'F')))
                .isInstanceOf(EvidenceNotAccepted.class);
        assertThatThrownBy(() -> EvidenceKinds.recognise("vuoto.pdf", new byte[0]))
                .isInstanceOf(EvidenceNotAccepted.class).hasMessageContaining("vuoto");
        assertThatThrownBy(() -> EvidenceKinds.recognise("archivio.zip", bytes('P', 'K', 3, 4)))
                .isInstanceOf(EvidenceNotAccepted.class).hasMessageContaining(".zip");
        assertThatThrownBy(() -> EvidenceKinds.recognise("binario.txt", bytes('a', 0, 'b')))
                .isInstanceOf(EvidenceNotAccepted.class);
    }
}
