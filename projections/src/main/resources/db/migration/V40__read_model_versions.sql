-- A tally is a pure function of its conflict's claims and strikes; these indexes make "has
-- anything of this conflict changed since?" (the newest last_position) a single index lookup, so
-- computed tallies can be reused until it has.
CREATE INDEX claim_view_version ON claim_view (conflict_key, last_position);
CREATE INDEX strike_view_version ON strike_view (conflict_key, last_position);
