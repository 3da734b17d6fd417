"""Cycles, appraisal lists and forms, calibration."""
