package org.warledger.server.grpc;

import org.warledger.projections.ReadModels;
import org.warledger.projections.claim.ClaimFilter;
import org.warledger.projections.claim.ClaimQuery;
import org.warledger.projections.registry.RegistryQuery;
import org.warledger.projections.support.PageTokens;
import org.warledger.proto.v1.ClaimStatus;
import org.warledger.proto.v1.ListClaimantsRequest;
import org.warledger.proto.v1.ListClaimantsResponse;
import org.warledger.proto.v1.ListClaimsRequest;
import org.warledger.proto.v1.ListClaimsResponse;
import org.warledger.proto.v1.ListPartiesRequest;
import org.warledger.proto.v1.ListPartiesResponse;
import org.warledger.server.registry.Registry;

/** The paginated listings of parties, claimants and claims: validation, resolution of names, paging. */
final class Listings {

    private Listings() {
    }

    static ListPartiesResponse parties(ListPartiesRequest r, ReadModels readModels) {
        int size = page(r.getPageSize(), r.getPageToken(), PageTokens.isValid(r.getPageToken()));
        RegistryQuery.Page<org.warledger.projections.registry.PartyView> page =
                readModels.registry().parties(size, r.getPageToken());
        var out = ListPartiesResponse.newBuilder().setNextPageToken(page.nextPageToken());
        page.items().forEach(p -> out.addParties(RegistryMapper.toProto(p)));
        return out.build();
    }

    static ListClaimantsResponse claimants(ListClaimantsRequest r, ReadModels readModels, Registry registry) {
        int size = page(r.getPageSize(), r.getPageToken(), PageTokens.isValid(r.getPageToken()));
        String party = r.getParty().isBlank() ? null : registry.party("party", r.getParty());
        var page = readModels.registry().claimants(party, size, r.getPageToken());
        var out = ListClaimantsResponse.newBuilder().setNextPageToken(page.nextPageToken());
        page.items().forEach(c -> out.addClaimants(RegistryMapper.toProto(c)));
        return out.build();
    }

    static ListClaimsResponse claims(ListClaimsRequest r, ReadModels readModels, Registry registry) {
        Violations v = new Violations();
        v.conflictKey("conflict_key", r.getConflictKey());
        v.id("strike_id", r.getStrikeId());
        v.length("claimant", r.getClaimant(), Violations.MAX_NAME);
        v.length("party", r.getParty(), Violations.MAX_NAME);
        if (r.getStatus() == ClaimStatus.UNRECOGNIZED) {
            v.add("status", "must be UNSPECIFIED (all), ACTIVE or RETRACTED");
        }
        int size = TimelineMapper.pageSize(r.getPageSize(), v);
        if (!r.getPageToken().isEmpty() && !ClaimQuery.isValidToken(r.getPageToken())) {
            v.add("page_token", "is not a token this server issued");
        }
        v.throwIfAny();
        String claimant = r.getClaimant().isBlank() ? null : registry.claimant("claimant", r.getClaimant());
        String party = r.getParty().isBlank() ? null : registry.party("party", r.getParty());
        Boolean retracted = switch (r.getStatus()) {
            case CLAIM_STATUS_ACTIVE -> false;
            case CLAIM_STATUS_RETRACTED -> true;
            default -> null;
        };
        var filter = new ClaimFilter(r.getConflictKey(), CommonMapper.blankToNull(r.getStrikeId()), claimant, party,
                retracted);
        ClaimQuery.Page page = readModels.claims().list(filter, size, r.getPageToken());
        var out = ListClaimsResponse.newBuilder().setNextPageToken(page.nextPageToken());
        page.claims().forEach(c -> out.addClaims(ClaimMapper.toProto(c)));
        return out.build();
    }

    private static int page(int pageSize, String token, boolean tokenValid) {
        Violations v = new Violations();
        int size = TimelineMapper.pageSize(pageSize, v);
        if (!token.isEmpty() && !tokenValid) {
            v.add("page_token", "is not a token this server issued");
        }
        v.throwIfAny();
        return size;
    }
}
