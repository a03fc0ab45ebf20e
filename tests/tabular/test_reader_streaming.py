"""The reader streams a CSV from the file: the encoding is checked over the whole file,
chunk by chunk, before any row is read, and rows, separators and row numbers come out as
if the file had been read whole."""

import codecs

import pytest

from commandpost.tabular import EncodingQuestion, Msg, TableError, read_table
from commandpost.tabular import reader as reader_module
from tests.tabular.test_reader import COLUMNS, IDS, _notes, _read, _values, _write


@pytest.fixture
def small_chunks(monkeypatch):
    """Read the file 7 bytes at a time, so that every boundary case happens in a small file."""
    monkeypatch.setattr(reader_module, "_CHUNK", 7)


def _rows(n: int, sep: str = ";", end: str = "\n") -> str:
    return "".join(f"36.02.01.{2001 + i % 9};{i + 1};Jl. Ke {i};{100 + i}{end}" for i in range(n))


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1 << 20])
def test_multibyte_text_across_read_boundaries_is_read_exactly(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(reader_module, "_CHUNK", chunk)
    body = "kode_desa;no_tps;alamat;dpt\n36.02.01.2001;1;Soka’an Désa ñ 😀;120\n"
    path = _write(tmp_path, codecs.BOM_UTF8 + body.encode())
    table, rows = _read(path)
    assert table.encoding == "utf-8"
    assert table.headers[0] == "kode_desa", "the BOM is not part of the first header"
    assert _values(table, rows, "address") == ["Soka’an Désa ñ 😀"]


def test_windows_1252_far_into_the_file_is_asked_about_before_any_row(tmp_path, small_chunks):
    text = "kode_desa;no_tps;alamat;dpt\n" + _rows(500) + "36.02.01.2002;501;Désa;120\n"
    path = _write(tmp_path, text, encoding="cp1252")
    with pytest.raises(EncodingQuestion) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert info.value.encoding == "cp1252"
    [problem] = info.value.problems
    assert (problem.row, problem.template) == (502, Msg.PROBABLY_CP1252)
    assert "byte 0xe9 on line 502" in problem.message
    table, rows = _read(path, encoding="cp1252")
    assert len(rows) == 501
    assert rows[-1] == (502, ["36.02.01.2002", "501", "Désa", "120"])
    assert any("read as Windows-1252" in p.message for p in table.report())


def test_bytes_far_into_the_file_that_are_not_windows_1252_are_refused(tmp_path, small_chunks):
    data = ("kode_desa;no_tps;alamat;dpt\n" + _rows(300)).encode() + b"36.02.01.2002;1;\x81;1\n"
    path = _write(tmp_path, data)
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert not isinstance(info.value, EncodingQuestion)
    assert "byte 0x81 on line 302" in str(info.value)


def test_a_bad_byte_after_a_bom_is_refused_with_its_line(tmp_path, small_chunks):
    data = codecs.BOM_UTF8 + b"kode_desa;no_tps;dpt\n36.02.01.2001;1;1\n36.02.01.2001;2;\xff\n"
    path = _write(tmp_path, data)
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS)
    [problem] = info.value.problems
    assert problem.template == Msg.BAD_ENCODING
    assert "byte 0xff on line 3" in problem.message


def test_a_multibyte_character_cut_off_at_the_end_is_found(tmp_path, small_chunks):
    data = b"kode_desa;no_tps;dpt\n36.02.01.2001;1;1\n36.02.01.2001;2;\xc3"
    with pytest.raises(EncodingQuestion) as info:
        read_table(_write(tmp_path, data), COLUMNS, identity=IDS)
    assert "byte 0xc3 on line 3" in info.value.problems[0].message


def test_utf16_in_small_chunks(tmp_path, small_chunks):
    text = "kode_desa\tno_tps\tdpt\r\n36.02.01.2001\t1\t120\r\n36.02.01.2002\t2\t130\r\n"
    path = _write(tmp_path, codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    table, rows = _read(path)
    assert table.encoding == "utf-16"
    assert _values(table, rows, "dpt") == ["120", "130"]


def test_crlf_and_a_quoted_line_break_keep_row_numbers(tmp_path, small_chunks):
    text = (
        "kode_desa;no_tps;alamat;dpt\r\n"
        '36.02.01.2001;1;"Jl. A\r\nRT 1";120\r\n'
        "36.02.01.2001;2;Jl. B;130\r\n"
    )
    table, rows = _read(_write(tmp_path, text))
    assert [n for n, _r in rows] == [2, 3]
    assert _values(table, rows, "address") == ["Jl. A\r\nRT 1", "Jl. B"]


def test_a_file_longer_than_the_separator_sample_is_read_whole(tmp_path):
    # The separator is judged on the first 200,000 characters, which end inside a row.
    text = "kode_desa;no_tps;alamat;dpt\r\n" + _rows(6000, end="\r\n")
    assert len(text) > 200_000
    table, rows = _read(_write(tmp_path, text))
    assert len(rows) == 6000
    assert rows[-1] == (6001, ["36.02.01.2006", "6000", "Jl. Ke 5999", "6099"])
    assert table.positions["dpt"] == 3


def test_a_header_under_many_title_rows(tmp_path, small_chunks):
    titles = "".join(f"REKAP DPT PER TPS bagian {i};;;\n" for i in range(30))
    text = titles + "kode_desa;no_tps;alamat;dpt\n(1);(2);(3);(4)\n" + _rows(5)
    table, rows = _read(_write(tmp_path, text))
    assert table.header_first == 31
    assert [n for n, _r in rows] == [33, 34, 35, 36, 37]
    assert (1, None, Msg.SKIPPED_TITLE) in _notes(table)
    assert (32, None, Msg.SKIPPED_NUMBERS) in _notes(table)


def test_only_whitespace_is_an_empty_file(tmp_path, small_chunks):
    with pytest.raises(TableError) as info:
        read_table(_write(tmp_path, b" \r\n\t\n" * 10), COLUMNS, identity=IDS)
    assert info.value.problems[0].template == Msg.EMPTY
