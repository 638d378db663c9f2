package org.warledger.server.security;

import static org.warledger.server.security.Roles.ADMIN;
import static org.warledger.server.security.Roles.ANALYST;
import static org.warledger.server.security.Roles.AUDITOR;
import static org.warledger.server.security.Roles.READER;
import static org.warledger.server.security.Roles.RECORDER;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what: the one table of rules, by service and method-name pattern ({@code *} matches
 * any run of characters). The first matching rule decides; a method no rule matches is refused to
 * everyone, so an RPC added later is closed until a rule names it.
 */
public final class AccessRules {

    /** A service (full proto name) and method pattern, and the roles any one of which allows a call. */
    public record Rule(String service, String method, Set<String> roles) {

        boolean matches(String serviceName, String methodName) {
            return glob(service, serviceName) && glob(method, methodName);
        }
    }

    private static final String COMMANDS = "warledger.v1.CommandService";
    private static final Set<String> WRITERS = Set.of(RECORDER, ANALYST);

    static final List<Rule> RULES = List.of(
            // Analysts judge claims.
            new Rule(COMMANDS, "AssessClaim", Set.of(ANALYST)),
            // The registry of parties and claimants is curated by admins.
            new Rule(COMMANDS, "Register*", Set.of(ADMIN)),
            new Rule(COMMANDS, "Rename*", Set.of(ADMIN)),
            new Rule(COMMANDS, "Add*Alias", Set.of(ADMIN)),
            // Recording what was reported: strikes, claims, ceasefires, statements, operations, imports.
            new Rule(COMMANDS, "Record*", WRITERS),
            new Rule(COMMANDS, "Correct*", WRITERS),
            new Rule(COMMANDS, "Assert*", WRITERS),
            new Rule(COMMANDS, "Retract*", WRITERS),
            new Rule(COMMANDS, "Revise*", WRITERS),
            new Rule(COMMANDS, "Report*", WRITERS),
            new Rule(COMMANDS, "Allege*", WRITERS),
            new Rule(COMMANDS, "Declare*", WRITERS),
            new Rule(COMMANDS, "Renew*", WRITERS),
            new Rule(COMMANDS, "End*", WRITERS),
            new Rule(COMMANDS, "Launch*", WRITERS),
            new Rule(COMMANDS, "Link*", WRITERS),
            new Rule(COMMANDS, "Import*", WRITERS),
            new Rule("warledger.v1.ImportService", "*", WRITERS),
            // Reads and the live feed.
            new Rule("warledger.v1.QueryService", "*", Set.of(READER)),
            new Rule("warledger.v1.AuditService", "StreamEvents", Set.of(READER, AUDITOR)),
            // History, exports and verification of the chain.
            new Rule("warledger.v1.AuditService", "*", Set.of(AUDITOR)),
            // Rebuilds and other operations on the server itself.
            new Rule("warledger.v1.AdminService", "*", Set.of(ADMIN)));

    private AccessRules() {
    }

    /** The roles allowed to call {@code service/method}; empty when no rule names it (refused). */
    public static Optional<Set<String>> allowedRoles(String service, String method) {
        for (Rule rule : RULES) {
            if (rule.matches(service, method)) {
                return Optional.of(rule.roles());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} matches {@code pattern}, where {@code *} stands for any run of characters
     * (none included). Checked on every call before it runs, so it allocates nothing: a star is
     * remembered and, on a mismatch, made to swallow one more character.
     */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int swallowedTo = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                swallowedTo = t;
            } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++swallowedTo;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
