package cn.xixian.alliance.core.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One bad field of a request, or of an imported row ({@code row} is then its 1-based line). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Long row, String field, String message) {

    public static FieldError of(String field, String message) {
        return new FieldError(null, field, message);
    }
}
