package org.warledger.server.grpc;

import static org.warledger.server.grpc.CommonMapper.blankToNull;
import static org.warledger.server.grpc.CommonMapper.nullToEmpty;

import java.util.List;
import java.util.regex.Pattern;
import org.warledger.domain.registry.ClaimantCommands.AddClaimantAlias;
import org.warledger.domain.registry.ClaimantCommands.RegisterClaimant;
import org.warledger.domain.registry.ClaimantCommands.RenameClaimant;
import org.warledger.domain.registry.ClaimantKind;
import org.warledger.domain.registry.PartyCommands.AddPartyAlias;
import org.warledger.domain.registry.PartyCommands.RegisterParty;
import org.warledger.domain.registry.PartyCommands.RenameParty;
import org.warledger.domain.registry.PartyKind;
import org.warledger.projections.registry.ClaimantView;
import org.warledger.projections.registry.PartyView;
import org.warledger.proto.v1.AddClaimantAliasRequest;
import org.warledger.proto.v1.AddPartyAliasRequest;
import org.warledger.proto.v1.Claimant;
import org.warledger.proto.v1.Party;
import org.warledger.proto.v1.RegisterClaimantRequest;
import org.warledger.proto.v1.RegisterPartyRequest;
import org.warledger.proto.v1.RenameClaimantRequest;
import org.warledger.proto.v1.RenamePartyRequest;
import org.warledger.server.registry.Registry;

/** Registry requests to commands (validating every field, resolving references) and views to messages. */
final class RegistryMapper {

    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9\\-]{0,63}");

    private RegistryMapper() {
    }

    static RegisterParty toCommand(RegisterPartyRequest r) {
        Violations v = new Violations();
        key(r.getKey(), v);
        v.required("display_name", r.getDisplayName());
        PartyKind kind = r.getKindValue() <= 0 || r.getKind() == org.warledger.proto.v1.PartyKind.UNRECOGNIZED ? null
                : PartyKind.valueOf(r.getKind().name().substring("PARTY_KIND_".length()));
        if (kind == null) {
            v.add("kind", "must be a known party kind");
        }
        if (!r.getCountryCode().isEmpty()) {
            v.country("country_code", r.getCountryCode());
        }
        aliases(r.getAliasesList(), v);
        v.throwIfAny();
        return new RegisterParty(r.getKey(), r.getDisplayName(), kind, blankToNull(r.getCountryCode()),
                r.getAliasesList().stream().map(String::strip).toList());
    }

    static RenameParty toCommand(RenamePartyRequest r, Registry registry) {
        Violations v = new Violations();
        v.required("key", r.getKey());
        v.required("display_name", r.getDisplayName());
        v.throwIfAny();
        registry.require("key", r.getKey(), "Party");
        return new RenameParty(r.getKey(), r.getDisplayName());
    }

    static AddPartyAlias toCommand(AddPartyAliasRequest r, Registry registry) {
        Violations v = new Violations();
        v.required("key", r.getKey());
        v.required("alias", r.getAlias());
        v.throwIfAny();
        registry.require("key", r.getKey(), "Party");
        return new AddPartyAlias(r.getKey(), r.getAlias().strip());
    }

    static RegisterClaimant toCommand(RegisterClaimantRequest r, Registry registry) {
        Violations v = new Violations();
        key(r.getKey(), v);
        v.required("display_name", r.getDisplayName());
        ClaimantKind kind = r.getKindValue() <= 0 || r.getKind() == org.warledger.proto.v1.ClaimantKind.UNRECOGNIZED
                ? null : ClaimantKind.valueOf(r.getKind().name().substring("CLAIMANT_KIND_".length()));
        if (kind == null) {
            v.add("kind", "must be a known claimant kind");
        }
        v.length("party", r.getParty(), Violations.MAX_NAME);
        aliases(r.getAliasesList(), v);
        v.throwIfAny();
        String party = r.getParty().isBlank() ? null : registry.party("party", r.getParty());
        return new RegisterClaimant(r.getKey(), r.getDisplayName(), kind, party,
                r.getAliasesList().stream().map(String::strip).toList());
    }

    static RenameClaimant toCommand(RenameClaimantRequest r, Registry registry) {
        Violations v = new Violations();
        v.required("key", r.getKey());
        v.required("display_name", r.getDisplayName());
        v.throwIfAny();
        registry.require("key", r.getKey(), "Claimant");
        return new RenameClaimant(r.getKey(), r.getDisplayName());
    }

    static AddClaimantAlias toCommand(AddClaimantAliasRequest r, Registry registry) {
        Violations v = new Violations();
        v.required("key", r.getKey());
        v.required("alias", r.getAlias());
        v.throwIfAny();
        registry.require("key", r.getKey(), "Claimant");
        return new AddClaimantAlias(r.getKey(), r.getAlias().strip());
    }

    static Party toProto(PartyView p) {
        return Party.newBuilder().setKey(p.key()).setDisplayName(p.displayName())
                .setKind(org.warledger.proto.v1.PartyKind.valueOf("PARTY_KIND_" + p.kind().name()))
                .setCountryCode(nullToEmpty(p.countryCode())).addAllAliases(p.aliases()).build();
    }

    static Claimant toProto(ClaimantView c) {
        return Claimant.newBuilder().setKey(c.key()).setDisplayName(c.displayName())
                .setKind(org.warledger.proto.v1.ClaimantKind.valueOf("CLAIMANT_KIND_" + c.kind().name()))
                .setParty(nullToEmpty(c.partyKey())).addAllAliases(c.aliases()).build();
    }

    private static void key(String key, Violations v) {
        if (v.required("key", key) && !KEY.matcher(key).matches()) {
            v.add("key", "must be 1-64 uppercase letters, digits and '-', e.g. PAK or CIV-AFG");
        }
    }

    private static void aliases(List<String> aliases, Violations v) {
        v.listSize("aliases", aliases.size(), 0, Violations.MAX_LIST);
        for (int i = 0; i < aliases.size(); i++) {
            v.required("aliases[" + i + "]", aliases.get(i));
        }
    }
}
