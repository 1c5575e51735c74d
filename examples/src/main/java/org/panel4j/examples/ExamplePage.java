package org.panel4j.examples;

import java.util.Map;
import java.util.stream.Collectors;
import org.panel4j.App;
import org.panel4j.DescribedApp;
import org.panel4j.layout.Template;

/**
 * The examples server's page shell: each example inside a {@link Template} titled with its name, whose
 * sidebar links every example. The apps themselves stay as the seed guide writes them (the benchmark
 * measures {@code AsyncClick.app()} bare).
 */
final class ExamplePage {

    private ExamplePage() {}

    /** {@code app} in a template titled {@code title}, its sidebar listing {@code links} (path to title). */
    static DescribedApp of(String title, String description, App app, Map<String, String> links) {
        String nav = links.entrySet().stream().map(link -> "- [" + link.getValue() + "](" + link.getKey() + ")")
                .collect(Collectors.joining("\n", "### Examples\n", "\n\n[All apps](/)"));
        App templated = session -> {
            var template = new Template(title);
            template.sidebar().add(nav);
            template.main().add(app.build(session));
            return template;
        };
        return templated.describedAs(title, description);
    }
}
