package org.warledger.cli.strike;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.warledger.cli.common.ServerOptions;
import org.warledger.cli.common.SourceOptions;
import org.warledger.cli.common.Times;
import org.warledger.cli.common.WriteOptions;
import org.warledger.proto.v1.CommandServiceGrpc;
import org.warledger.proto.v1.Location;
import org.warledger.proto.v1.LocationPrecision;
import org.warledger.proto.v1.RecordStrikeRequest;
import org.warledger.proto.v1.StrikeMethod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code warledger strike record}: records a strike as reported. */
@Command(name = "record", mixinStandardHelpOptions = true, description = "Record a strike as reported.")
public class RecordStrikeCommand implements Callable<Integer> {

    /** The methods the CLI accepts (the proto's, lowercase). */
    enum Method { air, artillery, drone, missile, ground_assault, rocket, heavy_weapons, explosive_device, naval, other }

    /** Location precisions. */
    enum Precision { exact, near, district, region, country, unknown }

    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server;
    @Mixin
    WriteOptions write;
    @ArgGroup(exclusive = false, heading = "Source%n")
    SourceOptions source = new SourceOptions();

    @Option(names = "--id", description = "Strike id (default: made by the server).")
    String id;
    @Option(names = "--conflict", required = true, description = "Conflict key, e.g. pak-afg-2026.")
    String conflict;
    @Option(names = "--attacker", required = true, description = "Attacking party key, e.g. PAK.")
    String attacker;
    @Option(names = "--method", required = true, split = ",", description = "Method(s): ${COMPLETION-CANDIDATES}.")
    List<Method> methods;
    @Option(names = "--target", required = true, description = "What was targeted.")
    String target;
    @Option(names = "--place", description = "Place name.")
    String place = "";
    @Option(names = "--region", description = "First-level region.")
    String region = "";
    @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 country code, e.g. AF.")
    String country;
    @Option(names = "--lat", description = "Latitude.")
    Double latitude;
    @Option(names = "--lon", description = "Longitude.")
    Double longitude;
    @Option(names = "--location-precision", defaultValue = "region", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Precision precision;
    @Option(names = "--when", required = true, description = "When: 2026-02-27T03:00:00Z, 2026-02-27, 2025-10 or 2026-02-26..2026-02-27.")
    String when;
    @Option(names = "--operation", description = "Named operation, e.g. \"Ghazab lil-Haq\".")
    String operation;

    @Override
    public Integer call() {
        Location.Builder location = Location.newBuilder().setPlaceName(place).setRegion(region).setCountryCode(country)
                .setPrecision(LocationPrecision.valueOf("LOCATION_PRECISION_" + precision.name().toUpperCase(Locale.ROOT)));
        if (latitude != null) {
            location.setLatitude(latitude);
        }
        if (longitude != null) {
            location.setLongitude(longitude);
        }
        RecordStrikeRequest.Builder request = RecordStrikeRequest.newBuilder().setContext(write.context(server))
                .setConflictKey(conflict).setAttacker(attacker).setTargetDescription(target).setLocation(location)
                .setOccurred(Times.window("--when", when)).setSource(source.toProto());
        methods.forEach(m -> request.addMethods(StrikeMethod.valueOf("STRIKE_METHOD_" + m.name().toUpperCase(Locale.ROOT))));
        if (id != null) {
            request.setStrikeId(id);
        }
        if (operation != null) {
            request.setOperation(operation);
        }
        var channel = server.channel();
        try {
            var result = CommandServiceGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(server.timeoutSeconds(), TimeUnit.SECONDS).recordStrike(request.build());
            spec.commandLine().getOut().println(WriteOptions.describe("recorded strike", result));
            return 0;
        } finally {
            ServerOptions.close(channel);
        }
    }
}
