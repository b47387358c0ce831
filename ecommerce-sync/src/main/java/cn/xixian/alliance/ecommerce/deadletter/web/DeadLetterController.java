package cn.xixian.alliance.ecommerce.deadletter.web;

import cn.xixian.alliance.core.web.ApiMessages;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.core.web.Pages;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetter;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetterStatus;
import cn.xixian.alliance.ecommerce.deadletter.DeadLetters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Store messages that could not be taken, with their payload and reason; the coordinator replays one once the cause
 * (a SKU mapping, usually) is fixed. Dead letters hold what the store sent, never a store secret.
 */
@RestController
class DeadLetterController {

    private static final String BASE = "/api/v1/dead-letters";

    private final DeadLetters deadLetters;
    private final ApiMessages messages;

    DeadLetterController(DeadLetters deadLetters, ApiMessages messages) {
        this.deadLetters = deadLetters;
        this.messages = messages;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
    PageResponse<DeadLetter> list(@RequestParam(required = false) String storeCode,
            @RequestParam(required = false) DeadLetterStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request) {
        Pages.of(page, size); // refuses bad paging (400)
        Locale locale = messages.locale(request);
        return new PageResponse<>(deadLetters.list(storeCode, status, page, size).stream()
                .map(letter -> localized(letter, locale)).toList(), deadLetters.count(storeCode, status));
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'STORE_INTEGRATION')")
    DeadLetter get(@PathVariable String id, HttpServletRequest request) {
        return localized(deadLetters.find(id).orElseThrow(() -> new cn.xixian.alliance.core.web.NotFoundException("dead letter", id)),
                messages.locale(request));
    }

    /** Dead letters keep their reason in English (stored data); a Chinese request reads it in Chinese. */
    private DeadLetter localized(DeadLetter letter, Locale locale) {
        if (!ApiMessages.isChinese(locale)) {
            return letter;
        }
        return new DeadLetter(letter.id(), letter.storeCode(), letter.format(), letter.source(), letter.payload(),
                messages.reason(letter.reason(), locale), letter.errors() == null ? null : messages.errors(letter.errors(), locale),
                letter.status(), letter.attempts(), letter.receivedAt(), letter.lastAttemptAt());
    }

    /** Sends the payload through its channel again: the route's answer per order, or 400 when still refused. */
    @PostMapping(BASE + "/{id}/replay")
    @PreAuthorize("hasRole('COORDINATOR')")
    Object replay(@PathVariable String id) {
        return java.util.Map.of("id", id, "results", deadLetters.replay(id));
    }
}
