package it.traccia.app;

import org.openqa.selenium.By;

/** The decision page of a Giunta task (/attivita/{taskId}) as the browser shows it. */
final class TaskPage {

    private final Browser browser;

    TaskPage(Browser browser) {
        this.browser = browser;
    }

    static TaskPage open(Browser browser, String taskId) {
        browser.go("/attivita/" + taskId);
        return new TaskPage(browser);
    }

    void approve(String resolutionNumber, String resolutionDate) {
        browser.click(browser.find(By.cssSelector("label[for=decisione-approva]")));
        browser.find(By.id("resolutionNumber")).clear();
        browser.find(By.id("resolutionNumber")).sendKeys(resolutionNumber);
        browser.setValue(By.id("resolutionDate"), resolutionDate);
        submit();
    }

    void returnWithRemarks(String remarks) {
        browser.click(browser.find(By.cssSelector("label[for=decisione-restituisci]")));
        browser.find(By.id("remarks")).sendKeys(remarks);
        submit();
    }

    /** The message shown beside a field, or an empty string when the field shows none. */
    String errorBeside(String field) {
        return browser.findAll(By.id("errore-" + field)).stream().findFirst().map(error -> error.getText()).orElse("");
    }

    private void submit() {
        browser.clickAndLeave(browser.find(By.cssSelector("main form button[type=submit]")));
    }
}
