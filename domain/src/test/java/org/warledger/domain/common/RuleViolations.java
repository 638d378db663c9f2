package org.warledger.domain.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RuleViolationException} by its reason, for fixture tests. */
public final class RuleViolations {

    private RuleViolations() {
    }

    public static Matcher<RuleViolationException> violation(String reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return reason.equals(e.reason());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolationException with reason ").appendValue(reason);
            }
        };
    }
}
