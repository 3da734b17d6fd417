"""The ways an indicator is scored: one module per method, the protocol they share and the
registry that names them (docs/architecture.md, "Scoring methods")."""
