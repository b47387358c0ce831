package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.SeasonBook;
import cn.xixian.alliance.core.redorder.SeasonBookService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The season's red-order book, county-wide, for the coordinator. */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class SeasonBookController {

    private final SeasonBookService books;

    SeasonBookController(SeasonBookService books) {
        this.books = books;
    }

    /** {@code season} defaults to the newest season with an open contract. */
    @GetMapping("/api/v1/red-orders/book")
    SeasonBook book(@RequestParam(required = false) Integer season) {
        return books.book(season);
    }
}
