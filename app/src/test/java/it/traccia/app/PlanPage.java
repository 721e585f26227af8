package it.traccia.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The plan page (/piani/{planId}) as the browser shows it: the printed table of each structure. */
final class PlanPage {

    private final Browser browser;

    PlanPage(Browser browser) {
        this.browser = browser;
    }

    static PlanPage open(Browser browser, String planId) {
        browser.go("/piani/" + planId);
        return new PlanPage(browser);
    }

    String heading() {
        return browser.find(By.tagName("h1")).getText();
    }

    String status() {
        return browser.find(By.id("stato")).getText();
    }

    List<String> structureNames() {
        return browser.findAll(By.cssSelector("main section[id^=struttura-] h2")).stream().map(WebElement::getText).toList();
    }

    /** The weight column of the objectives of the n-th table (structures first, then the common objectives). */
    List<String> objectiveWeights(int table) {
        return table(table).findElements(By.cssSelector("tbody tr.objective-row td.weight > span")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> phaseNumbers(int table) {
        return rows(table, "phase-row", 0);
    }

    /** The "data fine attesa" of a phase or objective, found by its number in the n-th table. */
    String deadlineOf(int table, String number) {
        return row(table, number).findElements(By.cssSelector("td")).get(4).getText();
    }

    /** The texts of every weight sum flagged as not 100, anywhere on the page. */
    List<String> flaggedSums() {
        return browser.findAll(By.cssSelector("tr.weight-sum.table-danger")).stream().map(WebElement::getText).toList();
    }

    /** Presses "Trasmetti alla Giunta" and waits for the answer. */
    void submitToTheGiunta() {
        browser.clickAndLeave(browser.find(By.cssSelector("#trasmissione button[type=submit]")));
    }

    /** Whether the n-th table offers to change weights (it does to those who may edit its structure). */
    boolean offersWeightChanges(int table) {
        return !table(table).findElements(By.cssSelector("a.edit-weight")).isEmpty();
    }

    /** The index among the page's tables of the common objectives' table (the last one, after every structure's). */
    int commonTable() {
        List<WebElement> tables = browser.findAll(By.cssSelector("main table.plan-table"));
        WebElement common = browser.find(By.cssSelector("#obiettivi-comuni table.plan-table"));
        return tables.indexOf(common);
    }

    /** Whether the n-th table offers to revise, add or remove its objectives and phases. */
    boolean offersEdits(int table) {
        return !table(table).findElements(By.cssSelector("ul.edit-links a")).isEmpty();
    }

    /** Follows the link of the element numbered so in the n-th table whose text is this ("Modifica", "Rimuovi"…). */
    EditPage follow(int table, String number, String linkText) {
        WebElement link = row(table, number).findElements(By.cssSelector("ul.edit-links a")).stream()
                .filter(candidate -> candidate.getText().equals(linkText)).findFirst()
                .orElseThrow(() -> new AssertionError("No link '" + linkText + "' on row " + number));
        browser.clickAndLeave(link);
        return new EditPage(browser);
    }

    /** The numbers of the rows of the n-th table, objectives and phases in their order. */
    List<String> numbers(int table) {
        return table(table).findElements(By.cssSelector("tbody tr.objective-row, tbody tr.phase-row")).stream()
                .map(row -> row.findElement(By.cssSelector("th")).getText()).toList();
    }

    /** Opens, in place under its row, the weight form of the element numbered so in the n-th table. */
    WeightForm changeWeightOf(int table, String number) {
        browser.click(row(table, number).findElement(By.cssSelector("a.edit-weight")));
        WebElement form = browser.waitUntil(driver -> driver.findElement(By.cssSelector("form.weight-form")));
        return new WeightForm(browser, form.getAttribute("id"));
    }

    private WebElement row(int table, String number) {
        return table(table).findElements(By.cssSelector("tbody tr.objective-row, tbody tr.phase-row")).stream()
                .filter(row -> row.findElement(By.cssSelector("th")).getText().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("No row numbered " + number));
    }

    private List<String> rows(int table, String rowClass, int cell) {
        return table(table).findElements(By.cssSelector("tbody tr." + rowClass)).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).get(cell).getText())
                .toList();
    }

    private WebElement table(int index) {
        return browser.findAll(By.cssSelector("main table.plan-table")).get(index);
    }
}
