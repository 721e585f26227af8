package it.traccia.plan.query.weights;

/**
 * How many entries (voci) the weight history of one objective or phase has received, by which the page of its next
 * entry is known without reading the pages.
 */
record HistoryLength(String elementId, int entries) {
}
