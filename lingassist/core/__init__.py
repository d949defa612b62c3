"""Domain core: exact money, currencies, periods, typed errors and value types (stdlib only)."""
