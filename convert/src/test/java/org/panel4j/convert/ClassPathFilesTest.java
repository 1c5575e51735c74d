package org.panel4j.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders are copied from a jar (a user's panel4j-browser jar) as from a classes folder (this build). */
class ClassPathFilesTest {

    @TempDir
    Path temp;

    private final ClassPathFiles files = new ClassPathFiles(getClass().getClassLoader());

    @Test
    void aFolderInAJar_isCopiedWhole() {
        String uplot = ViewLibrary.UPLOT.resourceFolder(getClass().getClassLoader());
        files.copyFolder(uplot + "dist/", uplot + "dist/uPlot.esm.js", temp.resolve("uplot"));
        assertThat(temp.resolve("uplot/uPlot.esm.js")).isNotEmptyFile();
        assertThat(temp.resolve("uplot/uPlot.min.css")).isNotEmptyFile();
    }

    @Test
    void aFolderInAClassesFolder_isCopiedWhole() {
        files.copyFolder("org/panel4j/browser/site/client/", "org/panel4j/browser/site/inpage.js", temp.resolve("client"));
        assertThat(temp.resolve("client/core.js")).isNotEmptyFile();
        assertThat(temp.resolve("client/views/Figure.js")).isNotEmptyFile();
    }

    @Test
    void whatIsMissing_isNamed() {
        assertThatThrownBy(() -> files.copyFolder("no/such/folder/", "org/panel4j/browser/site/inpage.js", temp))
                .hasMessage("no no/such/folder/ on the class path");
        assertThatThrownBy(() -> files.copyFolder("no/such/folder/", "no/such.js", temp))
                .hasMessage("no no/such.js on the class path");
        assertThatThrownBy(() -> files.copyFile("no/such.js", temp.resolve("x"))).hasMessage("no no/such.js on the class path");
    }
}
