"""The CRM tables (staff, customers, deals, tickets): browsing, forms."""
