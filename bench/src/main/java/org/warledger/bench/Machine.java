package org.warledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
record Machine(int cpus, String cpuModel, String memory, String jvm, String os) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name"),
                procField("/proc/meminfo", "MemTotal"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    private static String procField(String file, String field) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(field))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
