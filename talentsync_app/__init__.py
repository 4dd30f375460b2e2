"""TalentSync: honest resume analysis, matching and screening."""
