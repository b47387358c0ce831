package cn.xixian.alliance.core.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests from the {@code page} and {@code size} query parameters, with bad values refused (400). */
public final class Pages {

    public static final int MAX_SIZE = 1000;

    private Pages() {
    }

    public static Pageable of(int page, int size, String... sortBy) {
        return of(page, size, Sort.by(sortBy));
    }

    public static Pageable of(int page, int size, Sort sort) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size, sort);
    }
}
