"""Facts and rules: the facts a guideline speaks of are read once (from a document or from
data), and every number, deadline and eligibility rule is one function of those facts,
found by its rule name in one registry (`kimdocs.rules.registry`)."""
