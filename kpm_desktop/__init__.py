"""KPM Desktop: offline CRM performance appraisal."""

__version__ = "0.1.0"
