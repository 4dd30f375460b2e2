from talentsync_app.core.extract.links import find_urls, merge_links


def test_urls_with_scheme_www_and_bare_domains_are_found():
    text = (
        "Portfolio: https://jane.dev/work, blog www.janeblog.org.\n"
        "LinkedIn: linkedin.com/in/jane-doe — GitHub: GitHub.com/janedoe\n"
        "Site janedoe.io"
    )
    assert find_urls(text) == [
        "https://jane.dev/work",
        "https://www.janeblog.org",
        "https://linkedin.com/in/jane-doe",
        "https://GitHub.com/janedoe",
        "https://janedoe.io",
    ]


def test_emails_degrees_and_tech_names_are_not_urls():
    text = (
        "jane.doe@email.com, B.Tech, B.e/B.tech/MCA/Msc, U.S. citizen, ASP.NET, "
        "Node.js, Vue.js, socket.io, e.g. i.e. Ph.D."
    )
    assert find_urls(text) == []


def test_merge_links_ignores_scheme_www_and_trailing_slash():
    merged = merge_links(
        ["https://www.linkedin.com/in/jane/", "mailto:jane@x.org"],
        ["https://linkedin.com/in/jane", "http://github.com/jane"],
    )
    assert merged == [
        "https://www.linkedin.com/in/jane/",
        "mailto:jane@x.org",
        "http://github.com/jane",
    ]
