"""Offline rater packets (docs/formats.md, "Rater packets"): what a packet holds, where
each cell of its workbook goes, its keyed hash and how its filled cells are read."""
