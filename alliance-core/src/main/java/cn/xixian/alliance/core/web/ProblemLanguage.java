package cn.xixian.alliance.core.web;

import java.util.List;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem the API writes through Spring MVC (ours from {@link ApiExceptionHandler}, Spring's own such as
 * 405 or 415) leaves in the request's language: title, detail and each {@code errors[].message}, fields as they are.
 */
@RestControllerAdvice
class ProblemLanguage implements ResponseBodyAdvice<Object> {

    private final ApiMessages messages;

    ProblemLanguage(ApiMessages messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            Locale locale = messages.locale(servlet.getServletRequest());
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            if (ApiMessages.isChinese(locale)) {
                localize(problem, locale);
            }
        }
        return body;
    }

    private void localize(ProblemDetail problem, Locale locale) {
        problem.setTitle(messages.message(problem.getTitle(), locale));
        List<FieldError> errors = fieldErrors(problem);
        if (errors != null) {
            List<FieldError> localized = messages.errors(errors, locale);
            problem.setProperty("errors", localized);
            if (problem.getDetail() != null && problem.getDetail().equals(ApiMessages.detail(errors, Locale.ENGLISH))) {
                problem.setDetail(ApiMessages.detail(localized, locale));
                return;
            }
        }
        problem.setDetail(messages.message(problem.getDetail(), locale));
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fieldErrors(ProblemDetail problem) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(FieldError.class::isInstance)) {
            return (List<FieldError>) list;
        }
        return null;
    }
}
