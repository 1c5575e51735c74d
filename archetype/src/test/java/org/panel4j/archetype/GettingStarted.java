package org.panel4j.archetype;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The fenced code blocks of docs/getting-started.md, and the shell commands in its bash blocks. */
record GettingStarted(List<String> blocks, List<String> commands) {

    static GettingStarted read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var blocks = new ArrayList<String>();
        var commands = new ArrayList<String>();
        StringBuilder block = null;
        boolean shell = false;
        for (String line : lines) {
            if (block == null && line.startsWith("```")) {
                block = new StringBuilder();
                shell = line.equals("```bash");
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                if (shell) {
                    commands.addAll(List.of(block.toString().replace("\\\n", " ").split("\n")));
                }
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return new GettingStarted(List.copyOf(blocks), commands.stream().map(String::strip).toList());
    }

    /** The one block that {@code test} accepts. */
    String block(String what, Predicate<String> test) {
        var found = blocks.stream().filter(test).toList();
        if (found.size() != 1) {
            throw new AssertionError("docs/getting-started.md should have one " + what + " block, has " + found.size());
        }
        return found.getFirst();
    }

    /** The one command that contains {@code text}. */
    String command(String text) {
        var found = commands.stream().filter(command -> command.contains(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError("docs/getting-started.md should have one command with " + text + ": " + found);
        }
        return found.getFirst();
    }
}
