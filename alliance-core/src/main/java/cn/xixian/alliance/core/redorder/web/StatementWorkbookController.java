package cn.xixian.alliance.core.redorder.web;

import cn.xixian.alliance.core.redorder.StatementWorkbook;
import cn.xixian.alliance.core.web.ApiMessages;
import cn.xixian.alliance.core.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The season's statements as one workbook for the county finance office (coordinator). */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class StatementWorkbookController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatementWorkbook workbook;
    private final ApiMessages messages;

    StatementWorkbookController(StatementWorkbook workbook, ApiMessages messages) {
        this.workbook = workbook;
        this.messages = messages;
    }

    /** Headers in the caller's language (the page's, or {@code Accept-Language}); {@code Net} in English. */
    @GetMapping("/api/v1/red-orders/statements.xlsx")
    void statements(@RequestParam int season, @RequestParam(required = false) String cooperativeId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (season < 2000 || season > 2100) {
            throw new InvalidInputException("season", "must be between 2000 and 2100");
        }
        boolean chinese = ApiMessages.isChinese(messages.locale(request));
        response.setContentType(XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("statements-" + season + ".xlsx").build().toString());
        workbook.write(season, cooperativeId, chinese, response.getOutputStream());
    }
}
