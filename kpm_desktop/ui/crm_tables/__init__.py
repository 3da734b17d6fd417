"""The CRM table pages and their record forms."""
