"""Word lists the text cleaner relies on: hyphenated compounds and section headings."""

# Compounds whose line-end hyphen is a real hyphen (the prefix and suffix sets
# below already cover forms such as "e-mail", "self-starter" or "data-driven").
HYPHENATED_WORDS = frozenset(
    {
        "end-to-end",
        "end-user",
        "high-quality",
        "high-performance",
        "high-performing",
        "fast-paced",
        "problem-solving",
        "decision-making",
        "state-of-the-art",
        "one-on-one",
        "hands-on",
        "long-term",
        "short-term",
        "in-house",
        "on-site",
        "off-site",
        "top-tier",
        "multi-threaded",
        "co-founder",
        "co-founded",
    }
)

# First parts that keep their hyphen whatever follows.
HYPHEN_PREFIXES = frozenset({"e", "self", "non", "cross", "well", "full"})

# Whole second parts that mark a compound ("data-" + "driven").
HYPHEN_SUFFIXES = frozenset(
    {
        "based",
        "driven",
        "oriented",
        "time",
        "end",
        "side",
        "party",
        "source",
        "level",
        "scale",
        "facing",
        "friendly",
        "related",
        "specific",
        "focused",
        "owned",
        "made",
        "up",
    }
)

# Section headings recognised when stray spaces split them ("Edu cation").
HEADING_WORDS = (
    "professional experience",
    "work experience",
    "technical skills",
    "professional summary",
    "experience",
    "education",
    "skills",
    "projects",
    "summary",
    "objective",
    "certifications",
    "publications",
    "achievements",
    "awards",
    "languages",
    "interests",
    "references",
    "profile",
    "contact",
    "employment",
    "volunteering",
    "internships",
    "activities",
    "courses",
)
