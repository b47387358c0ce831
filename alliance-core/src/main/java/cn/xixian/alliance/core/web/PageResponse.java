package cn.xixian.alliance.core.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The list shape of every API: {@code { "items": [...], "total": N }}. Stores fill it, through
 * {@link cn.xixian.alliance.core.persistence.PagedQueries} or from a repository's {@link Page}.
 */
public record PageResponse<T>(List<T> items, long total) {

    /** A repository's page, mapped to what the API shows. */
    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements());
    }
}
