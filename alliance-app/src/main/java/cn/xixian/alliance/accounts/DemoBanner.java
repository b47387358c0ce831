package cn.xixian.alliance.accounts;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says so while the demo's published logins work ({@code demoLogins}, shown by the layout's header). */
@ControllerAdvice
class DemoBanner {

    private final boolean demoOn;

    DemoBanner(Environment environment) {
        this.demoOn = DemoLogins.demoOn(environment);
    }

    @ModelAttribute("demoLogins")
    boolean demoLogins() {
        return demoOn;
    }
}
