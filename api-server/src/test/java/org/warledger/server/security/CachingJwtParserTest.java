package org.warledger.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A token is verified once and reused until it expires; a refused token is never remembered. */
class CachingJwtParserTest {

    private static final KeyPair KEYS = keys();

    private final AtomicInteger verifications = new AtomicInteger();
    private final JWTParser real = new DefaultJWTParser(new JWTAuthContextInfo(KEYS.getPublic(), "test-issuer"));

    private CachingJwtParser parserAt(Instant now) {
        return new CachingJwtParser(counting(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private JWTParser counting() {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static String token(Instant expiresAt) {
        return Jwt.upn("alice").groups(Set.of(Roles.RECORDER)).issuer("test-issuer")
                .expiresAt(expiresAt.getEpochSecond()).sign(KEYS.getPrivate());
    }

    @Test
    void theSameTokenIsVerifiedOnceAndAnswersWithItsPrincipal() throws ParseException {
        CachingJwtParser parser = parserAt(Instant.now());
        String token = token(Instant.now().plusSeconds(3600));

        assertThat(parser.parse(token).getName()).isEqualTo("alice");
        assertThat(parser.parse(token).getGroups()).containsExactly(Roles.RECORDER);

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aCachedTokenIsNotServedPastItsExpiry() throws ParseException {
        Instant expiry = Instant.now().plusSeconds(3600);
        String token = token(expiry);
        MovableClock clock = new MovableClock(Instant.now());
        CachingJwtParser parser = new CachingJwtParser(counting(), clock);
        parser.parse(token);

        clock.now = expiry.plusSeconds(1);
        parser.parse(token);

        // asked the verifier again instead of trusting the cached answer
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        CachingJwtParser parser = parserAt(Instant.now());
        String forged = Jwt.upn("mallory").issuer("test-issuer").expiresIn(3600).sign(keys().getPrivate());

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    private static KeyPair keys() {
        try {
            return KeyUtils.generateKeyPair(2048);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
