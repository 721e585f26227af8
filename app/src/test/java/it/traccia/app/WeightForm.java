package it.traccia.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The weight form of an objective or phase, opened in place on the plan page, as the browser shows it. */
final class WeightForm {

    private final Browser browser;
    private final String id;

    WeightForm(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    /** Types a weight, as a person does. */
    WeightForm type(String weight) {
        WebElement field = form().findElement(By.name("weight"));
        field.clear();
        field.sendKeys(weight);
        return this;
    }

    /** Waits until the sum shown beside the field says this (it follows what is typed). */
    WeightForm awaitSum(String text) {
        browser.waitUntil(driver -> sumShown().contains(text) ? true : null);
        return this;
    }

    /** The sum of the set shown beside the field, once it reflects the last input. */
    String sumShown() {
        return form().findElement(By.cssSelector(".weight-preview")).getText();
    }

    WeightForm reason(String reason) {
        WebElement field = form().findElement(By.name("reason"));
        field.clear();
        field.sendKeys(reason);
        return this;
    }

    void submit() {
        browser.click(form().findElement(By.cssSelector("button[type=submit]")));
    }

    String submitLabel() {
        return form().findElement(By.cssSelector("button[type=submit]")).getText();
    }

    /** The message beside a field of the form, or an empty string. */
    String errorBeside(String field) {
        return form().findElements(By.cssSelector(".invalid-feedback[id^='errore-" + field + "']")).stream()
                .findFirst().map(WebElement::getText).orElse("");
    }

    String warning() {
        return form().findElement(By.cssSelector(".alert-warning")).getText();
    }

    /** Waits for the form to come back from the server with a message beside this field. */
    WeightForm awaitErrorBeside(String field) {
        browser.waitUntil(driver -> errorBeside(field).isEmpty() ? null : true);
        return this;
    }

    WeightForm awaitWarning() {
        browser.waitUntil(driver -> form().findElements(By.cssSelector(".alert-warning")).isEmpty() ? null : true);
        return this;
    }

    private WebElement form() {
        return browser.find(By.id(id));
    }
}
