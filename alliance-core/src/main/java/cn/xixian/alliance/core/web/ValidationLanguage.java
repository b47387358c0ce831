package cn.xixian.alliance.core.web;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.spi.ConfigurationState;
import java.util.Locale;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation speaks English always, like the rest of the code: its messages are stored (import reports run
 * on batch threads with no request, where the JVM's default language would otherwise leak in) and translated
 * with every other API message by the one catalog ({@link ApiMessages}) when an answer is written.
 */
@Configuration(proxyBeanMethods = false)
class ValidationLanguage {

    @Bean
    ValidationConfigurationCustomizer englishValidationMessages() {
        return configuration -> {
            MessageInterpolator target = configuration instanceof ConfigurationState state
                    && state.getMessageInterpolator() != null
                    ? state.getMessageInterpolator() : configuration.getDefaultMessageInterpolator();
            configuration.messageInterpolator(new English(target));
        };
    }

    private record English(MessageInterpolator target) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return target.interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return target.interpolate(template, context, Locale.ENGLISH);
        }
    }
}
