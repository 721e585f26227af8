package it.traccia.app;

import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page (accesso) as a user meets it in the browser. */
final class SignInPage {

    private final Browser browser;

    SignInPage(Browser browser) {
        this.browser = browser;
    }

    /** Types the user and the demo password on the form the browser shows and sends it. */
    void signInAs(String user) {
        signIn(user, "demo");
    }

    void signIn(String user, String password) {
        assertThat(browser.path()).startsWith("/accesso");
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickAndLeave(browser.find(By.cssSelector("main form button[type=submit]")));
    }

    String alert() {
        return browser.find(By.cssSelector("main .alert")).getText();
    }

    /** Signs out with the button of the header, and waits for the sign-in page that confirms it. */
    static void signOut(Browser browser) {
        browser.clickAndLeave(browser.find(By.cssSelector("header form[action$='/esci'] button")));
        browser.waitUntil(driver -> browser.path().startsWith("/accesso") ? true : null);
    }
}
