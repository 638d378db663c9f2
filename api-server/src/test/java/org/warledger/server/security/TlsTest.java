package org.warledger.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.certs.CertificateGenerator;
import io.smallrye.certs.CertificateRequest;
import io.smallrye.certs.Format;
import io.smallrye.certs.PemCertificateFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.warledger.cli.WarledgerCli;
import org.warledger.proto.v1.QueryServiceGrpc;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.server.support.Requests;
import org.warledger.server.support.Tokens;
import picocli.CommandLine;

/** The shared port speaks TLS with a certificate and key from configuration; the CLI follows with --ca-cert. */
@QuarkusTest
@TestProfile(TlsTest.Tls.class)
class TlsTest {

    static final Path CERTS = Path.of("target/test-certs");

    /** A self-signed certificate for localhost made before the server starts; plaintext turned off. */
    public static class Tls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                java.nio.file.Files.createDirectories(CERTS);
                var files = (PemCertificateFiles) new CertificateGenerator(CERTS, true).generate(new CertificateRequest()
                        .withName("warledger").withCN("localhost").withFormat(Format.PEM)).get(0);
                return Map.of("quarkus.http.ssl.certificate.files", files.certFile().toAbsolutePath().toString(),
                        "quarkus.http.ssl.certificate.key-files", files.keyFile().toAbsolutePath().toString(),
                        "quarkus.http.insecure-requests", "disabled",
                        "quarkus.http.test-ssl-port", String.valueOf(freePort()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A fixed port, because the TLS port's random value is not reliably visible to the first test. */
    static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private ManagedChannel channel;

    private static int port() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.test-ssl-port", Integer.class);
    }

    private static Path caCert() {
        return CERTS.resolve("warledger-ca.crt");
    }

    @AfterEach
    void close() {
        if (channel != null) {
            channel.shutdownNow();
        }
    }

    @Test
    void aWriteTravelsOverTls() throws Exception {
        channel = Grpc.newChannelBuilderForAddress("localhost", port(),
                TlsChannelCredentials.newBuilder().trustManager(caCert().toFile()).build()).build();

        String key = "TLS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var result = CommandServiceGrpc.newBlockingStub(channel).withCallCredentials(Tokens.credentials(Tokens.admin()))
                .registerParty(org.warledger.proto.v1.RegisterPartyRequest.newBuilder().setContext(Requests.context())
                        .setKey(key).setDisplayName("TLS test party")
                        .setKind(org.warledger.proto.v1.PartyKind.PARTY_KIND_STATE_FORCES).setCountryCode("PK").build());

        assertThat(result.getEntityId()).isEqualTo(key);
    }

    @Test
    void plaintextIsNotAnswered() {
        channel = Grpc.newChannelBuilderForAddress("localhost", port(), InsecureChannelCredentials.create()).build();

        var e = catchThrowableOfType(StatusRuntimeException.class, () -> QueryServiceGrpc.newBlockingStub(channel)
                .withCallCredentials(Tokens.credentials(Tokens.admin()))
                .getStrike(org.warledger.proto.v1.GetStrikeRequest.newBuilder().setStrikeId("x").build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void theCliSpeaksTlsWithTheServersCa() {
        CommandLine cli = WarledgerCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("strike", "show", "--server", "localhost:" + port(), "--ca-cert",
                caCert().toString(), "--token", Tokens.issue("rita", Roles.READER), "no-such-strike");

        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(err.toString()).contains("NOT_FOUND");
    }
}
