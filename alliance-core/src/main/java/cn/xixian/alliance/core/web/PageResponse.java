package cn.xixian.alliance.core.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list shape of every API: {@code { "items": [...], "total": N }}. */
public record PageResponse<T>(List<T> items, long total) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements());
    }
}
