from talentsync_app.core.extract.clean import (
    clean_text,
    collapse_spaces,
    join_hyphenated_lines,
    join_spaced_letters,
    normalize_bullets,
    normalize_characters,
    remove_page_numbers,
    strip_edge_page_number,
    strip_icon_junk,
)


def test_ligatures_become_letters():
    text = "\ufb01xed \ufb02ow e\ufb00ort o\ufb03ce ba\ufb04e \ufb05op \ufb06ack"
    assert normalize_characters(text) == "fixed flow effort office baffle stop stack"


def test_safe_nfkc_widens_nothing_else():
    assert normalize_characters("Ｐｙｔｈｏｎ\u00a0dev") == "Python dev"
    assert normalize_characters("𝐉𝐚𝐯𝐚") == "Java"
    # Superscripts and fractions change meaning, so they stay.
    assert normalize_characters("m² ½") == "m² ½"


def test_invisible_and_private_use_characters_are_dropped():
    text = "soft\u00adware zero\u200bwidth \ufeffbom \uf0e0icon\ue001"
    assert normalize_characters(text) == "software zerowidth bom icon"


def test_word_symbol_bullets_survive_private_use_removal():
    text = "\uf0b7 Python\n  \uf0a7 SQL\nCall \uf095 me"
    assert normalize_characters(text) == "• Python\n  • SQL\nCall  me"


def test_soft_hyphen_at_line_end_joins_the_word():
    assert normalize_characters("devel\u00ad\nopment team") == "development team"


def test_windows_line_ends_and_stray_controls():
    assert normalize_characters("a\r\nb\rc\x07d") == "a\nb\ncd"


def test_collapse_spaces_keeps_one_blank_line():
    text = "  Jane   Doe  \n\n\n\n  Data\t\tEngineer \n\n"
    assert collapse_spaces(text) == "Jane Doe\n\nData Engineer"


def test_page_of_lines_are_removed():
    text = "Skills\nPage 2 of 3\nPython\n1/2\n- 3 -\nSQL\npage 4"
    assert remove_page_numbers(text) == "Skills\nPython\nSQL"


def test_page_number_glued_to_bullet_is_removed():
    assert (
        remove_page_numbers("1• Excellent communication") == "• Excellent communication"
    )


def test_numbers_inside_content_stay():
    text = "Managed 12 engineers\n2019 - 2022\n3 of the 5 projects shipped early"
    assert remove_page_numbers(text) == text


def test_edge_page_numbers_only_at_page_edges():
    lines = ["2", "Experience", "5", "Built things", "", "3", ""]
    assert strip_edge_page_number(lines) == [
        "",
        "Experience",
        "5",
        "Built things",
        "",
        "",
        "",
    ]


def test_bullets_are_normalised():
    text = "● One\n▪Two\n- Three\n* Four\n– Five\n-5% cost\n•\n➢ Six"
    assert normalize_bullets(text) == (
        "• One\n• Two\n• Three\n• Four\n• Five\n-5% cost\n•\n• Six"
    )


def test_icon_junk_before_contact_values_is_removed():
    text = (
        "# alfred@example.com\n§ apennyworth\nð apennyworth\n☎ +1 555 123 4567\n"
        "• Python\n& Development\n(123) 456-7890"
    )
    assert strip_icon_junk(text) == (
        "alfred@example.com\napennyworth\napennyworth\n+1 555 123 4567\n"
        "• Python\n& Development\n(123) 456-7890"
    )


def test_line_end_hyphenation_is_joined():
    assert join_hyphenated_lines("develop-\nment of tools") == "development of tools"
    assert join_hyphenated_lines("Devel-\noping products") == "Developing products"


def test_real_hyphens_are_kept():
    assert join_hyphenated_lines("a full-\nstack developer") == "a full-stack developer"
    assert join_hyphenated_lines("send an e-\nmail") == "send an e-mail"
    assert join_hyphenated_lines("Client-\nServer apps") == "Client-Server apps"
    assert join_hyphenated_lines("data-\ndriven teams") == "data-driven teams"
    assert join_hyphenated_lines("2019-\n2021") == "2019-2021"


def test_hyphen_before_a_bullet_or_dash_line_is_not_joined():
    assert join_hyphenated_lines("Skills -\nPython") == "Skills -\nPython"
    assert join_hyphenated_lines("well-\n• next") == "well-\n• next"


def test_letter_spaced_headings_are_rejoined():
    assert join_spaced_letters("E X P E R I E N C E") == "EXPERIENCE"
    assert join_spaced_letters("W O R K   E X P E R I E N C E") == "WORK EXPERIENCE"
    assert join_spaced_letters("edu cation") == "education"
    assert join_spaced_letters("Edu cation") == "Education"
    assert join_spaced_letters("SK ILLS") == "SKILLS"


def test_ordinary_short_lines_are_not_rejoined():
    text = "I am a team player\nC C++ Go\nWork Experience"
    assert join_spaced_letters(text) == text


def test_clean_text_end_to_end():
    raw = (
        "J A N E  D O E\r\n# jane@example.com\n\n\n\nE X P E R I E N C E\n"
        "● Led the re-\ndesign of the con\ufb01guration, cutting cost by 30%\n"
        "1• Mentored  four   engineers  \nPage 1 of 2\n"
    )
    assert clean_text(raw) == (
        "JANE DOE\njane@example.com\n\nEXPERIENCE\n"
        "• Led the redesign of the configuration, cutting cost by 30%\n"
        "• Mentored four engineers"
    )
