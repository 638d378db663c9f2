package org.warledger.domain.registry;

/** Who a claimant is: a spokesperson, a ministry, a newspaper, a dataset... */
public enum ClaimantKind { SPOKESPERSON, MINISTRY, OFFICER, MEDIA, NGO, DATASET, GOVERNMENT, OTHER }
