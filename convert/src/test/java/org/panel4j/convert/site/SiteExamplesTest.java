package org.panel4j.convert.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteExamplesTest {

    @Test
    void thePicsumBase_comesFromThePagesQuery_elsePicsumPhotos() {
        assertThat(SiteExamples.picsumBase("http://h/wasm/bind_image/")).isEqualTo("https://picsum.photos");
        assertThat(SiteExamples.picsumBase("http://h/bind_image/?a=1&picsum=http://127.0.0.1:9/picsum#x"))
                .isEqualTo("http://127.0.0.1:9/picsum");
        assertThat(SiteExamples.picsumBase("http://h/bind_image/?picsum=")).isEqualTo("https://picsum.photos");
    }
}
