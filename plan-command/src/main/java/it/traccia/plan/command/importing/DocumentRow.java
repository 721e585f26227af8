package it.traccia.plan.command.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a document (riga) as both readers give it: a line of the text export, or a paragraph or table row of a
 * .docx, split into cells, with its 1-based line number. The readers give raw cells; the interpreter cleans them.
 */
record DocumentRow(int line, List<String> cells) {

    DocumentRow {
        cells = List.copyOf(cells);
    }

    /** The cell at the position, or an empty text when the row is shorter. */
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** A row whose first cell is empty but which has text further on: the cells of the row above, continued. */
    boolean isContinuation() {
        return cells.size() > 1 && cell(0).isBlank() && !isBlank();
    }

    /** Whether later rows may continue this one: a row of several cells with something in the first. */
    boolean mayBeContinued() {
        return cells.size() > 1 && !cell(0).isBlank();
    }

    /** How many cells the row has, not counting empty cells after the {@code expected} ones (trailing tabs). */
    int cellCount(int expected) {
        int count = cells.size();
        while (count > expected && cell(count - 1).isBlank()) {
            count--;
        }
        return count;
    }

    /** The non-blank cells joined by a space. */
    String text() {
        return cells.stream().filter(cell -> !cell.isBlank()).collect(Collectors.joining(" "));
    }

    /** The non-blank cells after the first joined by a space: the value of a "label, value" row. */
    String textAfterFirst() {
        return cells.stream().skip(1).filter(cell -> !cell.isBlank()).collect(Collectors.joining(" "));
    }

    /** How many cells have something in them. */
    long filledCells() {
        return cells.stream().filter(cell -> !cell.isBlank()).count();
    }
}
