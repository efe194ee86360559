"""foia: a public-records database for government face-recognition procurement."""

__version__ = "0.1.0"

# Bumped whenever an extractor's output can change, so `foia reextract` knows what is stale.
EXTRACTOR_VERSION = "42"
