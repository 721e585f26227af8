package it.traccia.app.web.page;

import it.traccia.app.security.SecurityProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (accesso) of the embedded default and of service accounts: user and password, checked by Spring
 * Security's form login on {@code POST /accesso}; {@code POST /esci} signs out. When an OpenID Connect provider is
 * configured with a client id, the page also offers to sign in through it.
 */
@Controller
class SignInPage {

    private final SecurityProperties security;

    SignInPage(SecurityProperties security) {
        this.security = security;
    }

    @GetMapping("/accesso")
    String signIn(Model model) {
        model.addAttribute("provider", security.oidc().pageSignIn() ? security.oidc().providerName() : null);
        return "accesso";
    }
}
