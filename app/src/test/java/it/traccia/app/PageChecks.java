package it.traccia.app;

import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the browser tests check of every page they visit, and how they sign in afresh as a given user. */
final class PageChecks {

    private PageChecks() {
    }

    /** The page is Italian, has a title, passes axe-core's serious and critical WCAG rules; saved as a screenshot. */
    static void checked(Browser browser, String name) {
        assertThat(browser.attributeOfPage("lang")).isEqualTo("it");
        assertThat(browser.title()).isNotBlank();
        assertThat(browser.findAll(By.cssSelector("nav.breadcrumb-container"))).isNotEmpty();
        List<Browser.AccessibilityViolation> violations = browser.accessibilityViolations();
        browser.screenshot(name);
        System.out.println("axe-core on " + name + ": " + violations.size() + " violations, "
                + violations.stream().filter(Browser.AccessibilityViolation::seriousOrCritical).count()
                + " serious or critical " + violations);
        assertThat(violations).filteredOn(Browser.AccessibilityViolation::seriousOrCritical).isEmpty();
    }

    /** Signs out whoever is signed in, then in as this user, landing on the home page. */
    static Browser signedInAs(Browser browser, String user) {
        signOutIfSignedIn(browser);
        browser.go("/accesso");
        new SignInPage(browser).signInAs(user);
        browser.waitUntil(driver -> browser.path().startsWith("/accesso") ? null : true);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find(By.tagName("header")).getText()).as("signed in as " + user).contains(user);
        return browser;
    }

    static void signOutIfSignedIn(Browser browser) {
        browser.go("/");
        if (!browser.path().startsWith("/accesso")) {
            SignInPage.signOut(browser);
        }
    }
}
