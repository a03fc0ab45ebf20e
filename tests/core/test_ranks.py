"""Polri and PNS Polri ranks as rosters write them (resources/templates/ranks_polri.json),
and a rank with its NRP/NIP in one cell (case C14)."""

import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commandpost.core.ranks import GROUPS, Rank, RankBook, UnknownRank, load_ranks, split_rank_id
from commandpost.paths import RESOURCES

RANKS = RESOURCES / "templates" / "ranks_polri.json"
C14 = Path(__file__).resolve().parent.parent / "cases" / "C14-roster-pam-tps.xlsx"

POLRI_SHORTS = [
    "Bharada",
    "Bharatu",
    "Bharaka",
    "Abripda",
    "Abriptu",
    "Abrip",
    "Bripda",
    "Briptu",
    "Brigpol",
    "Bripka",
    "Aipda",
    "Aiptu",
    "Ipda",
    "Iptu",
    "AKP",
    "Kompol",
    "AKBP",
    "Kombes Pol",
    "Brigjen Pol",
    "Irjen Pol",
    "Komjen Pol",
    "Jenderal Pol",
]
PNS = [
    ("juru_muda", "Juru Muda", "I/a"),
    ("juru_muda_tk_1", "Juru Muda Tk. I", "I/b"),
    ("juru", "Juru", "I/c"),
    ("juru_tk_1", "Juru Tk. I", "I/d"),
    ("pengatur_muda", "Pengatur Muda", "II/a"),
    ("pengatur_muda_tk_1", "Pengatur Muda Tk. I", "II/b"),
    ("pengatur", "Pengatur", "II/c"),
    ("pengatur_tk_1", "Pengatur Tk. I", "II/d"),
    ("penata_muda", "Penata Muda", "III/a"),
    ("penata_muda_tk_1", "Penata Muda Tk. I", "III/b"),
    ("penata", "Penata", "III/c"),
    ("penata_tk_1", "Penata Tk. I", "III/d"),
    ("pembina", "Pembina", "IV/a"),
    ("pembina_tk_1", "Pembina Tk. I", "IV/b"),
    ("pembina_utama_muda", "Pembina Utama Muda", "IV/c"),
    ("pembina_utama_madya", "Pembina Utama Madya", "IV/d"),
    ("pembina_utama", "Pembina Utama", "IV/e"),
]


@pytest.fixture(scope="module")
def book() -> RankBook:
    return load_ranks(RANKS)


def test_the_shipped_file_says_where_it_comes_from():
    data = json.loads(RANKS.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert "Peraturan Kapolri No. 3 Tahun 2016" in data["about"]
    assert "PP 99/2000" in data["about"]


def test_ranks_run_from_lowest_to_highest_polri_then_pns(book):
    polri = [r for r in book.ranks if r.kind == "polri"]
    pns = [r for r in book.ranks if r.kind == "pns"]
    assert list(book.ranks) == polri + pns
    assert [r.short for r in polri] == POLRI_SHORTS
    assert [(r.key, r.short, r.golongan) for r in pns] == PNS
    assert [r.order for r in polri] == list(range(1, 23))
    assert [r.order for r in pns] == list(range(1, 18))
    assert all(r.golongan is None for r in polri)
    assert {r.group for r in book.ranks} == set(GROUPS)
    assert [r.group for r in polri].count("tamtama") == 6
    assert [r.group for r in polri].count("bintara") == 6
    assert [r.group for r in polri].count("perwira_pertama") == 3
    assert [r.group for r in polri].count("perwira_menengah") == 3
    assert [r.group for r in polri].count("perwira_tinggi") == 4


def test_a_rank_is_found_by_its_key(book):
    assert book.by_key("kombes_pol") == Rank(
        "kombes_pol",
        "Komisaris Besar Polisi",
        "Kombes Pol",
        "perwira_menengah",
        "polri",
        18,
        None,
    )
    assert book.by_key("brigpol").name == "Brigadir Polisi"
    assert book.by_key("penata_tk_1").name == "Penata Tingkat I"
    with pytest.raises(KeyError):
        book.by_key("kopral")


def test_the_book_is_read_once_per_path(book):
    assert load_ranks(RANKS) is book
    assert load_ranks(Path(str(RANKS))) is book


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the required equivalences
        ("Brigpol", "brigpol"),
        ("Brigadir", "brigpol"),
        ("Brigadir Polisi", "brigpol"),
        ("BRIGPOL", "brigpol"),
        ("BRIGADIR", "brigpol"),
        ("Brig. Pol.", "brigpol"),
        ("Kombes", "kombes_pol"),
        ("Kombes Pol", "kombes_pol"),
        ("KOMBES POL", "kombes_pol"),
        ("Kombes Pol.", "kombes_pol"),
        ("KombesPol", "kombes_pol"),
        ("Komisaris Besar Polisi", "kombes_pol"),
        ("AKBP", "akbp"),
        ("A.K.B.P.", "akbp"),
        ("Ajun Komisaris Besar Polisi", "akbp"),
        ("Bharada", "bharada"),
        ("Bhayangkara Dua", "bharada"),
        ("Bharatu", "bharatu"),
        ("Bharaka", "bharaka"),
        ("Abripda", "abripda"),
        ("Abriptu", "abriptu"),
        ("Abrip", "abrip"),
        ("ABRIP", "abrip"),
        ("Ajun Brigadir Polisi", "abrip"),
        ("Bripda", "bripda"),
        ("BRIPDA", "bripda"),
        ("Brigadir Polisi Dua", "bripda"),
        ("Briptu", "briptu"),
        ("Bripka", "bripka"),
        ("Aipda", "aipda"),
        ("Aiptu", "aiptu"),
        ("Ipda", "ipda"),
        ("IPDA", "ipda"),
        ("Iptu", "iptu"),
        ("AKP", "akp"),
        ("Kompol", "kompol"),
        ("Komisaris Polisi", "kompol"),
        # officers with and without Pol / Polisi
        ("Brigjen", "brigjen_pol"),
        ("Brigjen Pol", "brigjen_pol"),
        ("Brigjend Pol", "brigjen_pol"),
        ("BRIGJEN POL.", "brigjen_pol"),
        ("Brigadir Jenderal Polisi", "brigjen_pol"),
        ("Irjen", "irjen_pol"),
        ("Irjen Pol", "irjen_pol"),
        ("Irjen Polisi", "irjen_pol"),
        ("Komjen", "komjen_pol"),
        ("Komjen Pol", "komjen_pol"),
        ("Jenderal", "jenderal_pol"),
        ("Jenderal Polisi", "jenderal_pol"),
        ("Jend. Pol.", "jenderal_pol"),
        ("Ipda Pol", "ipda"),
        ("AKP Polisi", "akp"),
        ("Kompol Pol", "kompol"),
        # PNS Polri
        ("PENATA TK. I (III/d)", "penata_tk_1"),
        ("Penata Tingkat I", "penata_tk_1"),
        ("III/d", "penata_tk_1"),
        ("(III/d)", "penata_tk_1"),
        ("Gol. III/d", "penata_tk_1"),
        ("Penata Tk.I", "penata_tk_1"),
        ("Penata Tk I", "penata_tk_1"),
        ("Penata TK 1", "penata_tk_1"),
        ("penata tk. i", "penata_tk_1"),
        ("PNS Penata Tk. I", "penata_tk_1"),
        ("Penata (III/c)", "penata"),
        ("Penata", "penata"),
        ("Penata Muda Tk. I (III/b)", "penata_muda_tk_1"),
        ("Juru Muda", "juru_muda"),
        ("I/a", "juru_muda"),
        ("ii/B", "pengatur_muda_tk_1"),
        ("Pembina Utama Madya", "pembina_utama_madya"),
        ("IV/e", "pembina_utama"),
        ("  Kompol  ", "kompol"),
    ],
)
def test_every_roster_spelling_is_one_rank(book, text, key):
    assert book.find(text).key == key


def test_every_name_short_and_key_spelling_finds_its_own_rank(book):
    for rank in book.ranks:
        assert book.find(rank.name) is rank
        assert book.find(rank.short) is rank
        assert book.find(rank.short.upper()) is rank
        assert book.find(rank.key.replace("_", " ").replace(" 1", " I")) is rank
        if rank.golongan:
            assert book.find(rank.golongan) is rank
            assert book.find(f"{rank.short} ({rank.golongan})") is rank


@pytest.mark.parametrize(
    ("text", "message", "suggestions"),
    [
        (
            "Bripak",
            "'Bripak' is not a Polri or PNS Polri rank; did you mean Bripka, Bripda or Abripda?",
            ("Bripka", "Bripda", "Abripda"),
        ),
        ("Kopral", "'Kopral' is not a Polri or PNS Polri rank; did you mean Kompol?", ("Kompol",)),
        ("Sersan Mayor", "'Sersan Mayor' is not a Polri or PNS Polri rank", ()),
        ("", "'' is not a Polri or PNS Polri rank", ()),
        ("Brig", "'Brig' is not a Polri or PNS Polri rank; did you mean Brigpol", None),
        (
            "Penata (III/d)",
            "'Penata (III/d)': Penata is golongan III/c, not III/d",
            ("Penata", "Penata Tk. I"),
        ),
        (
            "Bripka (II/a)",
            "'Bripka (II/a)': Bripka is a Polri rank and has no golongan (II/a)",
            ("Bripka", "Pengatur Muda"),
        ),
        ("V/a", "'V/a' is not a Polri or PNS Polri rank", ()),
    ],
)
def test_an_unknown_rank_is_refused_with_close_ranks(book, text, message, suggestions):
    with pytest.raises(UnknownRank) as caught:
        book.find(text)
    assert str(caught.value).startswith(message)
    assert caught.value.text == text
    assert len(caught.value.suggestions) <= 3
    if suggestions is not None:
        assert caught.value.suggestions == suggestions
    assert isinstance(caught.value, ValueError)


def _write(tmp_path, ranks, name="ranks.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"version": 1, "about": "test", "ranks": ranks}), "utf-8")
    return path


def _rank(key, short, order, **extra):
    item = {
        "key": key,
        "name": short,
        "short": short,
        "group": "bintara",
        "kind": "polri",
        "order": order,
        "golongan": None,
        "aliases": [],
    }
    item.update(extra)
    return item


@pytest.mark.parametrize(
    ("ranks", "message"),
    [
        ([_rank("a", "A", 1), _rank("a", "B", 2)], "rank 'a' is listed twice"),
        ([_rank("a", "A", 1), _rank("b", "B", 1)], "order 1 is used twice in polri"),
        ([_rank("a", "A", 1, group="pns")], "group 'pns' does not fit kind 'polri'"),
        ([_rank("a", "A", 1, group="kopral")], "group 'kopral' does not fit kind 'polri'"),
        ([_rank("a", "A", 1, golongan="II/a")], "a golongan is needed for PNS ranks"),
        (
            [_rank("a", "A", 1, group="pns", kind="pns")],
            "a golongan is needed for PNS ranks",
        ),
        (
            [_rank("a", "A", 1, group="pns", kind="pns", golongan="X")],
            "'X' is not a golongan like III/d",
        ),
        (
            [
                _rank("a", "A", 1, group="pns", kind="pns", golongan="II/a"),
                _rank("b", "B", 2, group="pns", kind="pns", golongan="II/a"),
            ],
            "golongan II/a is used twice",
        ),
        (
            [_rank("a", "A", 1, group="pns", kind="pns", golongan="II/a", aliases=["A (II/b)"])],
            "alias 'A (II/b)' names another golongan",
        ),
        ([_rank("a", "A", 1), _rank("b", "B", 2, aliases=["a."])], "alias 'a.' is also 'a'"),
        ([_rank("a", "A", 1), _rank("b", "B", 2, aliases=["A Pol"])], "alias 'A Pol' is also"),
    ],
)
def test_a_broken_ranks_file_is_refused(tmp_path, ranks, message):
    with pytest.raises(ValueError, match=r"ranks\.json: rank") as caught:
        load_ranks(_write(tmp_path, ranks))
    assert message in str(caught.value)


def test_a_made_up_ranks_file_is_read(tmp_path):
    path = _write(
        tmp_path,
        [
            _rank("b", "B", 2),
            _rank("c", "C", 1, group="pns", kind="pns", golongan="I/a"),
            _rank("a", "A", 1, aliases=["Alpha"]),
        ],
    )
    book = load_ranks(path)
    assert [r.key for r in book.ranks] == ["a", "b", "c"]
    assert book.find("ALPHA POLISI").key == "a"
    assert book.find("I/a").key == "c"
    with pytest.raises(UnknownRank):
        book.find("C Pol")  # Pol / Polisi only after a Polri rank


@pytest.mark.parametrize(
    ("cell", "rank", "number"),
    [
        ("BRIPKA/85011234", "BRIPKA", "85011234"),
        ("BRIGPOL 93050012", "BRIGPOL", "93050012"),
        ("Bripda / 01020345", "Bripda", "01020345"),
        ("BHARADA/02030456", "BHARADA", "02030456"),
        ("AIPDA/85011234", "AIPDA", "85011234"),
        ("IPTU/79010123", "IPTU", "79010123"),
        ("BRIGADIR/96070321", "BRIGADIR", "96070321"),
        ("Kompol, 80030345", "Kompol", "80030345"),
        ("PENATA TK. I (III/d) / 198501012010012001", "PENATA TK. I (III/d)", "198501012010012001"),
        ("Penata Tk. I 19850101 201001 2 001", "Penata Tk. I", "198501012010012001"),
        ("Penata Tk 1/198501012010012001", "Penata Tk 1", "198501012010012001"),
        ("AKBP NRP. 76020234", "AKBP", "76020234"),
        ("Kombes Pol / NRP: 70010123 ", "Kombes Pol", "70010123"),
        ("  AKP - 77030123", "AKP", "77030123"),
        ("BRIPKA85011234", "BRIPKA", "85011234"),
        ("Bripda/1020346", "Bripda", "1020346"),  # the length is parse_nrp's business
    ],
)
def test_a_rank_and_its_number_in_one_cell_are_split(book, cell, rank, number):
    assert split_rank_id(cell) == (rank, number)
    book.find(rank)  # and the rank text is one the book knows


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("BRIPKA", "'BRIPKA' does not end in an NRP or NIP"),
        ("85011234 BRIPKA", "'85011234 BRIPKA' does not end in an NRP or NIP"),
        ("", "'' does not end in an NRP or NIP"),
        ("85011234", "'85011234' has no rank before the number"),
        (" / 85011234", "' / 85011234' has no rank before the number"),
        ("NRP 85011234", "'NRP 85011234' has no rank before the number"),
        ("BRIPKA/８５０１１２３４", "does not end in an NRP or NIP"),  # digits of another width
    ],
)
def test_a_cell_without_rank_or_number_is_refused(cell, message):
    with pytest.raises(ValueError, match="rank/NRP like BRIPKA/85011234") as caught:
        split_rank_id(cell)
    assert message in str(caught.value)


def test_every_rank_of_the_c14_roster_is_found(book):
    workbook = openpyxl.load_workbook(C14, read_only=True)
    try:
        pam = list(workbook["PAM TPS"].iter_rows(min_row=3, values_only=True))
        personnel = list(workbook["PERSONEL"].iter_rows(min_row=2, values_only=True))
    finally:
        workbook.close()
    split = [split_rank_id(row[4]) for row in pam]
    assert [book.find(rank).key for rank, _ in split] == [
        "bripka",
        "brigpol",
        "bripda",
        "bharada",
        "aipda",
        "iptu",
        "brigpol",
    ]
    assert [number for _, number in split] == [
        "85011234",
        "93050012",
        "01020345",
        "02030456",
        "85011234",
        "79010123",
        "96070321",
    ]
    assert [book.find(row[2]).key for row in personnel] == [
        "kombes_pol",
        "akbp",
        "kompol",
        "bripda",
        "penata_tk_1",
        "abrip",
        "brigpol",
        "kombes_pol",
        "ipda",
    ]
    # BRIGADIR on one sheet, Brigpol on the other: one rank for the same person
    assert book.find("BRIGADIR") is book.find("Brigpol")


_SPELLINGS = st.sampled_from(POLRI_SHORTS + [short for _, short, _ in PNS])


@given(_SPELLINGS, st.data())
def test_case_dots_and_spacing_never_change_the_rank(short, data):
    book = load_ranks(RANKS)
    changed = "".join(
        data.draw(st.sampled_from([ch.upper(), ch.lower()])) if ch.isalpha() else ch for ch in short
    )
    changed = data.draw(st.sampled_from(["", " ", "  "])) + changed.replace(" ", "  ") + "."
    assert book.find(changed) is book.find(short)


@given(
    st.sampled_from(POLRI_SHORTS),
    st.from_regex(r"[0-9]{8}|[0-9]{18}", fullmatch=True),
    st.sampled_from(["/", " / ", " ", ", ", " NRP. ", "/NRP "]),
)
def test_any_rank_and_number_split_back(short, number, separator):
    assert split_rank_id(short + separator + number) == (short, number)
