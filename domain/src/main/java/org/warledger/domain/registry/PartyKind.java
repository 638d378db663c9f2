package org.warledger.domain.registry;

/** What kind of party to a conflict this is. */
public enum PartyKind { STATE_FORCES, DE_FACTO_STATE_FORCES, ARMED_GROUP, CIVILIANS, INTERNATIONAL_FORCES, OTHER }
