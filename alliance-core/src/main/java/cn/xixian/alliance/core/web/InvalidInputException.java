package cn.xixian.alliance.core.web;

import java.util.List;

/** Input that breaks a domain rule Bean Validation cannot see (unknown household, grade, …): HTTP 400. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(FieldError.of(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
