package it.traccia.app.web.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (accesso) of the embedded default and of service accounts: user and password, checked by Spring
 * Security's form login on {@code POST /accesso}; {@code POST /esci} signs out.
 */
@Controller
class SignInPage {

    @GetMapping("/accesso")
    String signIn() {
        return "accesso";
    }
}
