package org.warledger.domain.claim;

/** How a claim was made public. */
public enum Channel { PRESS_BRIEFING, PRESS_RELEASE, SOCIAL_MEDIA_POST, INTERVIEW, REPORT, DATASET, OTHER }
