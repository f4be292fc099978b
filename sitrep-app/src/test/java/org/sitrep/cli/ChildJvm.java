package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs {@code sitrep} in a JVM of its own, on this test's class path. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java [jvmOptions] -cp CLASSPATH org.sitrep.cli.Main args...} */
    static List<String> sitrep(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
