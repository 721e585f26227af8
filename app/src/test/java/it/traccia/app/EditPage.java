package it.traccia.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A form page that changes the plan (modulo.html: modifica, nuovo elemento, rimozione) as the browser shows it. */
final class EditPage {

    private final Browser browser;

    EditPage(Browser browser) {
        this.browser = browser;
        browser.find(By.cssSelector("form.edit-form"));
    }

    /**
     * Replaces what a field holds: text, text area, date (written {@code yyyy-MM-dd}, as the browser sends it), or the
     * option of a choice with this value.
     */
    EditPage fill(String field, String value) {
        WebElement control = browser.find(By.id("campo-" + field));
        if (control.getTagName().equals("select")) {
            new Select(control).selectByValue(value);
        } else if ("date".equals(control.getAttribute("type"))) {
            browser.setValue(By.id("campo-" + field), value);
        } else {
            control.clear();
            control.sendKeys(value);
        }
        return this;
    }

    EditPage choose(String field, String visibleText) {
        new Select(browser.find(By.id("campo-" + field))).selectByVisibleText(visibleText);
        return this;
    }

    String value(String field) {
        return browser.find(By.id("campo-" + field)).getAttribute("value");
    }

    void submit() {
        browser.clickAndLeave(browser.find(By.cssSelector("form.edit-form button[type=submit]")));
    }

    String submitLabel() {
        return browser.find(By.cssSelector("form.edit-form button[type=submit]")).getText();
    }

    /** The message shown beside a field, or an empty string when the field shows none. */
    String errorBeside(String field) {
        return browser.findAll(By.id("errore-" + field)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /** The warning that someone changed the element meanwhile, with its values now; empty when there is none. */
    String changedMeanwhile() {
        return browser.findAll(By.id("modificato-nel-frattempo")).stream().findFirst().map(WebElement::getText)
                .orElse("");
    }
}
