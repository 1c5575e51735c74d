package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppSpecTest {

    @Test
    void aClassAlone_isNamedAfterItsSimpleName_inSnakeCase() {
        assertThat(AppSpec.parse("org.panel4j.examples.AsyncClick"))
                .isEqualTo(new AppSpec("async_click", "org.panel4j.examples.AsyncClick", null));
        assertThat(AppSpec.parse("Outer$HTMLPage").name()).isEqualTo("htmlpage");
        assertThat(AppSpec.parse("a.Dashboard2Page").name()).isEqualTo("dashboard2_page");
    }

    @Test
    void aNameAndAMethod_areTaken() {
        assertThat(AppSpec.parse(" bind_image = org.panel4j.convert.site.SiteExamples::bindImage "))
                .isEqualTo(new AppSpec("bind_image", "org.panel4j.convert.site.SiteExamples", "bindImage"));
    }

    @Test
    void badParts_sayWhatIsWrong() {
        assertThatThrownBy(() -> AppSpec.parse("Bad Name=a.B")).hasMessageContaining("app name 'Bad Name'");
        assertThatThrownBy(() -> AppSpec.parse("../up=a.B")).hasMessageContaining("app name '../up'");
        assertThatThrownBy(() -> AppSpec.parse("x=")).hasMessageContaining("names no class");
        assertThatThrownBy(() -> AppSpec.parse("com.example.")).hasMessageContaining("is not a class name");
        assertThatThrownBy(() -> AppSpec.parse("a.B::1x")).hasMessageContaining("'1x' is not a method name");
        assertThatThrownBy(() -> AppSpec.parse("x".repeat(500) + "=a.B"))
                .hasMessageContaining("…").message().hasSizeLessThan(300);
    }
}
