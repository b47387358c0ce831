package cn.xixian.alliance.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.servlet.LocaleResolver;

class ApiMessageCatalogTest {

    private final ApiMessages messages = new ApiMessages(
            new StaticListableBeanFactory().getBeanProvider(LocaleResolver.class));
    private final MessageCatalog catalog = messages.catalog();

    /** Every message the main sources of all modules hand to the API has its zh-CN line. */
    @Test
    void everyMessageInTheSourcesHasAChineseTranslation() {
        List<MessageSources.Found> found = MessageSources.messages(MessageSources.mainSources());
        assertThat(found).as("messages found in the sources").hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        found.stream().filter(f -> !catalog.knows(f.template()))
                .forEach(f -> missing.add(f.where() + "  " + f.template()));
        assertThat(missing).as("messages without a zh-CN line in %s:%n%s", ApiMessages.CATALOG,
                missing.stream().collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theScannerTurnsConcatenationsBranchesAndSwitchesIntoTemplates() {
        assertThat(MessageSources.templates("\"stop \" + id + \" is already \" + stop.status"))
                .containsExactly("stop {} is already {}");
        assertThat(MessageSources.templates("e instanceof X ? \"a \\\"b\\\"\" : \"c\" + n"))
                .containsExactly("a \"b\"", "c{}");
        assertThat(MessageSources.templates("switch (c) { case \"x\" -> \"one '\" + raw + \"'\"; default -> \"two\"; }"))
                .containsExactly("one '{}'", "two");
        assertThat(MessageSources.templates("reason")).isEmpty();
    }

    @Test
    void exactLinesFirstThenTheMostSpecificTemplateWithTheValuesKept() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(messages.message("is required", zh)).isEqualTo("必填");
        assertThat(messages.message("must be between 1 and 1000", zh)).isEqualTo("必须在 1 到 1000 之间");
        assertThat(messages.message("stop S-7 comes before S-9 on van 晋L-0001 and is not done", zh))
                .isEqualTo("配送车 晋L-0001 上站点 S-7 在 S-9 之前，尚未完成");
        assertThat(messages.message("storage plan p1 is gone; only a SOLVED plan can be published, once", zh))
                .startsWith("贮藏方案 p1 已不存在");
    }

    @Test
    void nounsOfNotFoundAreTranslatedAndTheIdKept() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(messages.message(new NotFoundException("harvest lot", "HL 42").getMessage(), zh))
                .isEqualTo("未找到采收批次 HL 42");
        assertThat(messages.message(new NotFoundException("seasonReportJob execution", "7").getMessage(), zh))
                .isEqualTo("未找到seasonReportJob 执行记录 7");
        assertThat(messages.message("names a VILLAGE, not a COOPERATIVE", zh)).isEqualTo("指向的是村，不是合作社");
    }

    @Test
    void englishAndUnknownMessagesStayAsWritten() {
        assertThat(messages.message("is required", Locale.ENGLISH)).isEqualTo("is required");
        assertThat(messages.message("something nobody wrote down", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("something nobody wrote down");
        assertThat(messages.reason("lines[0].sku: 'X-1' is not in the SKU catalog; body: is empty", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("lines[0].sku：'X-1' 不在 SKU 目录中；body：为空");
    }
}
