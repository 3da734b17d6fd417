"""How long a UI test waits for a page's signal."""

# How long a wait may last before the test is taken to hang: the machine may be shared
# and slow, and every wait ends on a signal, so this is no speed expectation.
HANG = 900_000
