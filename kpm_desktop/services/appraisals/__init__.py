"""Appraisal cycles, appraisals and their workflow, calibration."""
