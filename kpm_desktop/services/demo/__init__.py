"""The demo company: its users, names and generated CRM data."""
