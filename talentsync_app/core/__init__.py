"""Domain logic of TalentSync. Nothing in this package imports Reflex."""
