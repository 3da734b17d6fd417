"""The audit chain, seals, the witness file and the integrity check."""
