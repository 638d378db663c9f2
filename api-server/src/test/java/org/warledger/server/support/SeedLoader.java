package org.warledger.server.support;

import io.grpc.ClientInterceptors;
import org.warledger.cli.common.Api;
import org.warledger.cli.common.BearerTokenInterceptor;
import org.warledger.proto.v1.CommandServiceGrpc;

/**
 * The seed story (proto jar: warledger/demo/seed-pak-afg-2026.json) loaded through the public
 * gRPC API by the same loader as {@code warledger demo load}, against the server under test.
 */
public final class SeedLoader {

    private final org.warledger.cli.demo.SeedLoader loader = org.warledger.cli.demo.SeedLoader.fromClasspath(null);

    private SeedLoader() {
    }

    public static SeedLoader seed() {
        return new SeedLoader();
    }

    public String conflictKey() {
        return loader.conflictKey();
    }

    public void loadRegistry() {
        loader.loadRegistry(api());
    }

    /** Registers the story's parties and claimants through the given stub (e.g. a server process). */
    public void loadRegistry(CommandServiceGrpc.CommandServiceBlockingStub commands) {
        var credentials = commands.getCallOptions().getCredentials();
        loader.loadRegistry(new Api(credentials == null ? commands.getChannel()
                : ClientInterceptors.intercept(commands.getChannel(), new BearerTokenInterceptor(credentials)), 30));
    }

    public void loadAll() {
        loader.load(api());
    }

    public void loadAllButRetractions() {
        loader.loadAllButRetractions(api());
    }

    public void loadRetractions() {
        loader.loadRetractions(api());
    }

    private static Api api() {
        return new Api(ClientInterceptors.intercept(Grpc.channel(),
                new BearerTokenInterceptor(Tokens.credentials(Tokens.admin()))), 30);
    }
}
