package it.traccia.plan.command.importing;

import it.traccia.kernel.rule.UnreadableDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a Word document (.docx) with Apache POI into the same rows as the text export. Line numbers count the body's
 * paragraphs and table rows in reading order, from 1; a paragraph is split at tabs like a line of text, a table row
 * gives one cell per table cell, the cell's paragraphs joined by one space.
 */
final class DocxDocumentReader {

    private DocxDocumentReader() {
    }

    static List<DocumentRow> rows(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<DocumentRow> rows = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    rows.add(new DocumentRow(rows.size() + 1, List.of(paragraph.getText().split("\t", -1))));
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        rows.add(new DocumentRow(rows.size() + 1, row.getTableCells().stream().map(DocxDocumentReader::text).toList()));
                    }
                }
            }
            return rows;
        } catch (IOException | RuntimeException unreadable) {
            throw new UnreadableDocument("il file .docx è danneggiato o non è un documento Word");
        }
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream()
                .map(paragraph -> paragraph.getText().strip())
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
