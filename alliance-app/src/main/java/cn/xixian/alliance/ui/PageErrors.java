package cn.xixian.alliance.ui;

import cn.xixian.alliance.core.web.ForbiddenException;
import cn.xixian.alliance.core.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer refusals and missing things with the localized error page, not the API's problem+json
 * (which stays the answer of every {@code /api} controller).
 */
@ControllerAdvice(basePackages = "cn.xixian.alliance.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    String forbidden(RuntimeException e, Model model, HttpServletResponse response) {
        return page(403, model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, model, response);
    }

    private static String page(int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
