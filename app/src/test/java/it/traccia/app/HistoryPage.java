package it.traccia.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The audit trail page (/piani/{planId}/storico) as the browser shows it. */
final class HistoryPage {

    private final Browser browser;

    private HistoryPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page with these filters already in its address ({@code ""} for none). */
    static HistoryPage open(Browser browser, String planId, String query) {
        browser.go("/piani/" + planId + "/storico" + (query.isEmpty() ? "" : "?" + query));
        return new HistoryPage(browser);
    }

    List<String> sentences() {
        return browser.findAll(By.cssSelector("#voci > li")).stream().map(WebElement::getText).toList();
    }

    boolean showsWeightChart() {
        return !browser.findAll(By.cssSelector("#grafico-peso svg path")).isEmpty();
    }

    String errorBeside(String field) {
        return browser.findAll(By.id("errore-" + field)).stream().findFirst().map(WebElement::getText).orElse("");
    }
}
