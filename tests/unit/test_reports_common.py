"""The PDF foundation: formats, fonts, page template, tables, metadata, safe writing."""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from quartierstreff.dates import format_date
from quartierstreff.messages import describe
from quartierstreff.reports.common import (
    build_pdf,
    format_money,
    format_number,
    key_value_table,
    para,
    table,
    title_block,
)
from quartierstreff.services.errors import ReportFailed

PRINTED = dt.date(2026, 11, 24)


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize(
    ("day", "text"),
    [(dt.date(2026, 11, 24), "24.11.2026"), (dt.date(2026, 1, 3), "03.01.2026"), (None, "")],
)
def test_format_date(day: dt.date | None, text: str) -> None:
    assert format_date(day) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1234.56"), "1.234,56 €"),
        (Decimal("0"), "0,00 €"),
        (Decimal("5"), "5,00 €"),
        (Decimal("0.005"), "0,01 €"),  # half up, not banker's rounding
        (Decimal("2.675"), "2,68 €"),
        (Decimal("-1234567.891"), "-1.234.567,89 €"),
        (Decimal("-0.001"), "0,00 €"),  # never "-0,00 €"
        (Decimal("999.999"), "1.000,00 €"),
    ],
)
def test_format_money(amount: Decimal, text: str) -> None:
    assert format_money(amount) == text


def test_format_number() -> None:
    assert format_number(189) == "189"
    assert format_number(100_000) == "100.000"
    assert format_number(Decimal("1234.5"), 1) == "1.234,5"


def test_format_money_reads_back() -> None:
    generator = random.Random(24112026)
    amounts = [Decimal(generator.randint(-(10**11), 10**11)).scaleb(-2) for _ in range(2000)]
    for amount in [*amounts, Decimal("0.01"), Decimal("-0.01"), Decimal("1000000")]:
        text = format_money(amount)
        assert text.endswith(" €")
        number = text.removesuffix(" €").replace(".", "").replace(",", ".")
        assert Decimal(number) == amount, text


def test_pdf_text_metadata_header_and_footer(tmp_path: Path) -> None:
    rows = [
        [f"Müller-Lüdenscheidt {i}", "„Zitat“ & <Tag>", format_money(Decimal(i))]
        for i in range(120)
    ]
    story = [
        *title_block("Übersicht für den Vorstand", "Stand 24.11.2026"),
        para("Straße, Größe, Öl – € und „Anführungszeichen“."),
        table(["Name", "Bemerkung", "Betrag"], rows, widths=[3, 3, 1], align_right={2}),
    ]
    path = build_pdf(
        tmp_path / "bericht.pdf",
        title="Übersicht",
        centre_name="Bürgertreff Südstadt e. V.",
        story=story,
        printed_on=PRINTED,
        subject="Test",
    )
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Übersicht"
    assert reader.metadata.author == "Bürgertreff Südstadt e. V."
    assert reader.metadata.subject == "Test"
    pages = pdf_text(path)
    total = len(pages)
    assert total >= 3
    for number, text in enumerate(pages, start=1):
        assert "Bürgertreff Südstadt e. V." in text
        assert f"Seite {number} von {total}" in text
        assert "Gedruckt am 24.11.2026" in text
        assert "Name" in text  # the header row is repeated on every page
    everything = "\n".join(pages)
    assert "Straße, Größe, Öl – € und „Anführungszeichen“." in everything
    assert "„Zitat“ & <Tag>" in everything
    assert "Müller-Lüdenscheidt 119" in everything
    assert "119,00 €" in everything
    # Every font is embedded (none of the 14 standard fonts, not even unused), so the
    # PDF looks the same on every computer.
    fonts = {
        str(font["/BaseFont"]): font
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert fonts and all("DejaVuSans" in name for name in fonts), sorted(fonts)
    for name, font in fonts.items():
        descendant = (
            font.get_object()["/DescendantFonts"][0] if "/DescendantFonts" in font else font
        )
        descriptor = descendant.get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor, name


def test_landscape_and_key_value_table(tmp_path: Path) -> None:
    story = [
        *title_block("Quer"),
        key_value_table([("Verantwortlicher", "Bürgertreff\nHauptstraße 1"), ("Zweck", "x")]),
        PageBreak(),
        para("Zweite Seite"),
    ]
    path = build_pdf(
        tmp_path / "quer.pdf",
        title="Quer",
        centre_name="Treff",
        story=story,
        printed_on=PRINTED,
        landscape=True,
    )
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert box.width > box.height
    pages = pdf_text(path)
    assert "Seite 2 von 2" in pages[1]
    assert "Hauptstraße 1" in pages[0]


def test_table_checks_its_shape() -> None:
    with pytest.raises(ValueError, match="widths"):
        table(["a", "b"], [], widths=[1])
    with pytest.raises(ValueError, match="row"):
        table(["a", "b"], [["x"]])


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "fehlt" / "liste.pdf"
    with pytest.raises(ReportFailed) as caught:
        build_pdf(target, title="T", centre_name="C", story=[para("x")], printed_on=PRINTED)
    assert caught.value.reason == "folder_missing"
    assert "den Ordner gibt es nicht" in describe(caught.value)
    assert not target.parent.exists()


def test_a_folder_is_not_overwritten(tmp_path: Path) -> None:
    with pytest.raises(ReportFailed) as caught:
        build_pdf(tmp_path, title="T", centre_name="C", story=[para("x")], printed_on=PRINTED)
    assert caught.value.reason == "is_folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nur-lesen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportFailed) as caught:
            build_pdf(
                folder / "x.pdf", title="T", centre_name="C", story=[para("x")], printed_on=PRINTED
            )
        assert caught.value.reason == "permission"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "liste.pdf"
    target.write_bytes(b"old")
    build_pdf(target, title="Neu", centre_name="C", story=[para("neu")], printed_on=PRINTED)
    assert "neu" in pdf_text(target)[0]
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]  # no temporary file left
