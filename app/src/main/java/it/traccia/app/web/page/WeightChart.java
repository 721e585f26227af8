package it.traccia.app.web.page;

import it.traccia.kernel.plan.query.WeightHistoryEntryView;
import it.traccia.kernel.plan.query.WeightHistoryView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The weight of one element over time as a small step chart (grafico a gradini), drawn on the server as SVG: one step
 * per weight it has had, in the order they were set, on a scale from 0 to 100 (or to its highest weight, if above).
 * The page lists the same weights in a table beside it, for those who do not see the chart.
 *
 * @param path    the SVG path of the steps
 * @param points  one marker per weight set, with the weight and when it was set
 * @param entries the weights as they were set, oldest first
 */
public record WeightChart(String subject, String path, List<Point> points, List<WeightHistoryEntryView> entries) {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 160;
    private static final int MARGIN = 30;

    /** The SVG's own coordinates: {@value #WIDTH} by {@value #HEIGHT}. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Where the axis of weight 0 is drawn, from {@link #left()} to {@link #right()}. */
    public int baseline() {
        return HEIGHT - MARGIN;
    }

    public int left() {
        return MARGIN;
    }

    public int right() {
        return WIDTH - MARGIN;
    }

    /** The chart of the history, or null when there is none to draw. */
    public static WeightChart of(WeightHistoryView history) {
        if (history == null || history.entries().isEmpty()) {
            return null;
        }
        List<WeightHistoryEntryView> entries = history.entries();
        BigDecimal top = BigDecimal.valueOf(100);
        for (WeightHistoryEntryView entry : entries) {
            if (entry.after() != null && entry.after().compareTo(top) > 0) {
                top = entry.after();
            }
        }
        int steps = entries.size();
        int stepWidth = (WIDTH - 2 * MARGIN) / steps;
        StringBuilder path = new StringBuilder();
        List<Point> points = new ArrayList<>();
        for (int index = 0; index < steps; index++) {
            WeightHistoryEntryView entry = entries.get(index);
            BigDecimal weight = entry.after() == null ? BigDecimal.ZERO : entry.after();
            int x = MARGIN + index * stepWidth;
            int y = HEIGHT - MARGIN - weight.multiply(BigDecimal.valueOf(HEIGHT - 2L * MARGIN))
                    .divide(top, 0, RoundingMode.HALF_UP).intValue();
            path.append(index == 0 ? "M" : " V").append(index == 0 ? x + " " + y : y);
            path.append(" H").append(x + stepWidth);
            points.add(new Point(x, y, weight));
        }
        return new WeightChart(history.subject(), path.toString(), List.copyOf(points), entries);
    }

    /** One weight on the chart, and where it is drawn. */
    public record Point(int x, int y, BigDecimal weight) {
    }
}
