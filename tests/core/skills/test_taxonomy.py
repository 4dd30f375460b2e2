import collections

import pytest

from talentsync_app.core.skills import Taxonomy, load_taxonomy
from talentsync_app.core.skills.taxonomy import (
    CATEGORIES,
    DATA_DIR,
    KINDS,
    Skill,
    alias_key,
    read_taxonomy,
)


def test_taxonomy_has_at_least_1000_canonical_skills():
    taxonomy = load_taxonomy()

    assert len(taxonomy) >= 1000
    assert len(taxonomy.names()) == len(taxonomy)


def test_every_category_has_at_least_15_skills():
    counts = collections.Counter(
        category for skill in load_taxonomy().skills() for category in skill.categories
    )

    thin = {
        category: counts[category] for category in CATEGORIES if counts[category] < 15
    }
    assert thin == {}


def test_every_kind_is_valid_and_every_kind_is_used():
    kinds = {skill.kind for skill in load_taxonomy().skills()}

    assert kinds == set(KINDS)


def test_no_alias_belongs_to_two_canonical_skills():
    owners = collections.defaultdict(set)
    for skill in load_taxonomy().skills():
        for form, _rule in skill.forms:
            owners[alias_key(form)].add(skill.name)

    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_every_skill_has_a_category():
    assert [s.name for s in load_taxonomy().skills() if not s.categories] == []


def test_load_taxonomy_is_cached():
    assert load_taxonomy() is load_taxonomy()


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("ML", "Machine Learning"),
        ("MS Excel", "Microsoft Excel"),
        ("Postgres", "PostgreSQL"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("golang", "Go"),
        ("amazon-web-services", "Amazon Web Services"),
        ("front end", "Front-End Development"),
        ("ci/cd", "CI/CD"),
    ],
)
def test_canonical_resolves_aliases_in_any_case(alias, canonical):
    taxonomy = load_taxonomy()

    assert taxonomy.canonical(alias) == canonical
    assert taxonomy.canonical(alias.upper()) == canonical


def test_kind_and_categories_accept_name_or_alias():
    taxonomy = load_taxonomy()

    assert taxonomy.kind("Python") == "language"
    assert taxonomy.kind("k8s") == "tool"
    assert taxonomy.kind("Teamwork") == "soft"
    assert "DevOps Engineer" in taxonomy.categories("Kubernetes")
    assert taxonomy.canonical("not a skill at all") is None
    with pytest.raises(KeyError):
        taxonomy.kind("not a skill at all")


def test_spoken_languages_are_not_language_skills():
    taxonomy = load_taxonomy()

    for spoken in ("English", "Hindi", "German", "French"):
        assert taxonomy.canonical(spoken) is None


def test_taxonomy_rejects_alias_claimed_twice():
    first = Skill("Alpha", "hard", ("HR",), (("Alpha", "any"), ("shared", "any")))
    second = Skill("Beta", "hard", ("HR",), (("Beta", "any"), ("Shared", "any")))

    with pytest.raises(ValueError, match="(?i)shared"):
        Taxonomy([first, second])


def test_taxonomy_rejects_unknown_kind_and_category():
    with pytest.raises(ValueError, match="kind"):
        Taxonomy([Skill("Alpha", "spoken", ("HR",), (("Alpha", "any"),))])
    with pytest.raises(ValueError, match="categories"):
        Taxonomy([Skill("Alpha", "hard", ("Plumbing",), (("Alpha", "any"),))])


def test_read_taxonomy_reads_the_shipped_folder():
    assert DATA_DIR.is_dir()
    assert len(read_taxonomy(DATA_DIR)) == len(load_taxonomy())
