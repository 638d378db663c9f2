package org.warledger.domain.statement;

/** A position a statement takes on the conflict. */
public enum Stance {
    CALLS_FOR_DEESCALATION, CALLS_FOR_TALKS, CALLS_FOR_END_OF_HOSTILITIES, CONDEMNS, EXPRESSES_CONCERN,
    SUPPORTS_SELF_DEFENCE, OFFERS_MEDIATION, SUPPORTS_PARTY, OTHER
}
