import pypdfium2 as pdfium
from extract_builders import two_column_pdf

from talentsync_app.core.extract.pdf_layout import find_gutter


def _rows(left: float, right: float, count: int, top: float = 800.0):
    return [(left, top - 14 * i - 10, right, top - 14 * i) for i in range(count)]


def test_full_width_paragraphs_have_no_gutter():
    assert find_gutter(_rows(40, 550, 30)) is None


def test_sidebar_and_main_column_give_a_gutter_between_them():
    rects = _rows(40, 180, 25) + _rows(220, 550, 30)
    gutter = find_gutter(rects)
    assert gutter is not None and 180 < gutter < 220


def test_full_width_header_over_columns_still_gives_a_gutter():
    rects = _rows(40, 550, 3, top=820) + _rows(40, 250, 20) + _rows(300, 550, 20)
    gutter = find_gutter(rects)
    assert gutter is not None and 250 < gutter < 300


def test_date_column_beside_paragraphs_is_not_a_gutter():
    # Short dates at the left of a few entries, paragraphs spanning the width.
    dates = _rows(40, 90, 5, top=700)
    rects = dates + _rows(100, 550, 5, top=700) + _rows(40, 550, 25, top=600)
    assert find_gutter(rects) is None


def test_narrow_gap_between_words_is_not_a_gutter():
    rects = _rows(40, 296, 20) + _rows(300, 550, 20)
    assert find_gutter(rects) is None


def test_few_rects_give_no_gutter():
    assert find_gutter([(40, 790, 100, 800), (300, 790, 400, 800)]) is None


def test_generated_two_column_pdf_rects_give_the_gutter():
    document = pdfium.PdfDocument(two_column_pdf())
    textpage = document[0].get_textpage()
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    gutter = find_gutter(rects)
    assert gutter is not None and 150 < gutter < 300
