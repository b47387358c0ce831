package cn.xixian.alliance.core.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A benchmark's bean ({@link BenchCommand} or what one needs): created only in the {@value BenchCommand#PROFILE}
 * profile, which {@code java -jar alliance-app.jar bench ...} alone switches on, so the serving app never wires
 * benchmark code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@Profile(BenchCommand.PROFILE)
public @interface BenchComponent {
}
