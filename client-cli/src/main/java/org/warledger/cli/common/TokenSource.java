package org.warledger.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the bearer token to send, first found wins: {@code --token}, env {@code WARLEDGER_TOKEN},
 * {@code --token-file}, {@code ~/.config/warledger/token}, then the development token a local
 * server wrote at first start ({@code $WARLEDGER_DATA_DIR/dev-token}, default {@code ./data/dev-token}).
 */
public final class TokenSource {

    private TokenSource() {
    }

    public static Optional<String> find(String option, Path tokenFile, Map<String, String> env, Path home) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option.strip());
        }
        String fromEnv = env.get("WARLEDGER_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        if (tokenFile != null) {
            return Optional.of(read(tokenFile).orElseThrow(() ->
                    new UserException("cannot read the token file " + tokenFile)));
        }
        Optional<String> configured = read(home.resolve(".config/warledger/token"));
        if (configured.isPresent()) {
            return configured;
        }
        return read(Path.of(env.getOrDefault("WARLEDGER_DATA_DIR", "./data"), "dev-token"));
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(file).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
