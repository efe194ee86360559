"""Extract: small pure functions per fact kind. Each yields findings with the exact character span
of its quote in the page text it was given; attribution and storage happen later."""
